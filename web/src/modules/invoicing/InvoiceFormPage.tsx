import { Paper, SegmentedControl, Stack } from '@mantine/core';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { notifySuccess } from '../../ui/notify.ts';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { DirectInvoiceForm } from './DirectInvoiceForm.tsx';
import type { Invoice } from './invoices-api.ts';
import { OrderInvoiceForm } from './OrderInvoiceForm.tsx';

const route = getRouteApi('/shell/invoices/new');

type Source = 'order' | 'direct';

export function InvoiceFormPage() {
  const { orderId } = route.useSearch();
  const navigate = useNavigate();
  const [source, setSource] = useState<Source>('order');
  const created = (invoice: Invoice) => {
    notifySuccess('Draft invoice saved: check it, then post it');
    void navigate({ to: '/invoices/$invoiceId', params: { invoiceId: invoice.id } });
  };
  const cancel = () => void navigate({ to: '/invoices' });
  return (
    <>
      <PageHeader title="New invoice" description="Saved as a draft; posting it numbers it and books the receivable." />
      <Stack gap="md">
        <SegmentedControl
          aria-label="Invoice for"
          w="fit-content"
          data={[
            { value: 'order', label: 'From a sales order' },
            { value: 'direct', label: 'Directly for services' },
          ]}
          value={source}
          onChange={(next) => setSource(next as Source)}
        />
        <Paper withBorder p="md">
          {source === 'order' ? (
            <OrderInvoiceForm initialOrderId={orderId} onCreated={created} onCancel={cancel} />
          ) : (
            <DirectInvoiceForm onCreated={created} onCancel={cancel} />
          )}
        </Paper>
      </Stack>
    </>
  );
}
