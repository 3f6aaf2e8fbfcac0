import { Paper, SegmentedControl, Stack } from '@mantine/core';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../ui/notify.ts';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { DirectInvoiceForm } from './DirectInvoiceForm.tsx';
import type { Invoice } from './invoices-api.ts';
import { OrderInvoiceForm } from './OrderInvoiceForm.tsx';

const route = getRouteApi('/shell/invoices/new');

type Source = 'order' | 'direct';

export function InvoiceFormPage() {
  const { t } = useTranslation('invoicing');
  const { orderId } = route.useSearch();
  const navigate = useNavigate();
  const [source, setSource] = useState<Source>('order');
  const created = (invoice: Invoice) => {
    notifySuccess(t('invoiceFormPage.savedNotice'));
    void navigate({ to: '/invoices/$invoiceId', params: { invoiceId: invoice.id } });
  };
  const cancel = () => void navigate({ to: '/invoices' });
  return (
    <>
      <PageHeader title={t('invoiceFormPage.title')} description={t('invoiceFormPage.description')} />
      <Stack gap="md">
        <SegmentedControl
          aria-label={t('invoiceFormPage.invoiceFor')}
          w="fit-content"
          data={[
            { value: 'order', label: t('invoiceFormPage.fromOrder') },
            { value: 'direct', label: t('invoiceFormPage.direct') },
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
