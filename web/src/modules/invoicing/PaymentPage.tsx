import { SimpleGrid, Table, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconReceiptRefund } from '@tabler/icons-react';
import { getRouteApi } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useActiveCompany, useCan } from '../../app/me.ts';
import { AnchorLink } from '../../ui/AnchorLink.tsx';
import { DocumentPage } from '../../ui/document/DocumentPage.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { FieldList } from '../../ui/FieldList.tsx';
import { Figure } from '../../ui/Figure.tsx';
import { formatDay, formatMoney } from '../../ui/format.ts';
import { LoadingBlock } from '../../ui/LoadingBlock.tsx';
import { Panel } from '../../ui/Panel.tsx';
import { JournalEffect } from '../accounting/index.ts';
import { ApplyCreditModal } from './ApplyCreditModal.tsx';
import { JournalEntryLink } from './JournalEntryLink.tsx';
import { type Payment, usePayment } from './payments-api.ts';

const route = getRouteApi('/shell/payments/$paymentId');

function Allocations({ payment }: { payment: Payment }) {
  const { t } = useTranslation('invoicing');
  const company = useActiveCompany();
  return (
    <Panel title={t('paymentPage.invoicesSettled')} flush testId="payment-allocations">
      {payment.allocations.length === 0 ? (
        <Text size="sm" c="dimmed" px="md" pb="md">
          {t('paymentPage.nothingSettled')}
        </Text>
      ) : (
        <Table verticalSpacing={6} horizontalSpacing="md" fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('paymentPage.invoice')}</Table.Th>
              <Table.Th>{t('paymentPage.allocatedOn')}</Table.Th>
              <Table.Th ta="right">{t('paymentPage.amount')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {payment.allocations.map((a) => (
              <Table.Tr key={`${a.invoiceId}-${a.allocatedOn}`} data-testid="payment-allocation">
                <Table.Td>
                  <AnchorLink to="/invoices/$invoiceId" params={{ invoiceId: a.invoiceId }} ff="monospace" fz="sm">
                    {a.number}
                  </AnchorLink>
                </Table.Td>
                <Table.Td>{formatDay(a.allocatedOn, company)}</Table.Td>
                <Table.Td ta="right" fw={600}>
                  {formatMoney(a.amount, company)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Panel>
  );
}

function PaymentView({ payment }: { payment: Payment }) {
  const { t } = useTranslation('invoicing');
  const company = useActiveCompany();
  const [applying, { open: openApply, close: closeApply }] = useDisclosure();
  const money = (amount: string) => formatMoney(amount, company);
  const customer = useCan('partners.customer.read') ? (
    <AnchorLink to="/customers/$customerId" params={{ customerId: payment.customerId }} fz="sm">
      {payment.customerName}
    </AnchorLink>
  ) : (
    payment.customerName
  );
  const rows: [string, ReactNode][] = [
    [t('paymentPage.customer'), customer],
    [t('paymentPage.date'), formatDay(payment.paymentDate, company)],
    [t('paymentPage.method'), t(`paymentPage.methods.${payment.method}`)],
    [t('paymentPage.reference'), payment.reference],
    [t('paymentPage.journalEntry'), <JournalEntryLink key="entry" id={payment.journalEntryId} />],
  ];
  return (
    <DocumentPage
      title={<span data-testid="payment-number">{payment.number}</span>}
      description={`${payment.customerName} · ${formatDay(payment.paymentDate, company)}`}
      states={[{ value: 'posted', label: t('paymentPage.posted') }]}
      state="posted"
      allowedActions={payment.allowedActions}
      actions={[
        {
          action: 'apply_credit',
          label: t('paymentPage.applyCredit'),
          icon: <IconReceiptRefund size={16} />,
          primary: true,
          permitted: useCan('invoicing.payment.create'),
          run: openApply,
        },
      ]}
      notice={
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md" mb="md">
          <Figure label={t('paymentPage.amountReceived')} value={money(payment.amount)} testId="payment-amount" />
          <Figure
            label={t('paymentPage.allocated')}
            value={money(payment.allocatedAmount)}
            testId="payment-allocated"
          />
          <Figure
            label={t('paymentPage.creditLeft')}
            value={money(payment.unallocatedAmount)}
            color={payment.unallocatedAmount === '0' ? undefined : 'orange'}
            hint={payment.unallocatedAmount === '0' ? undefined : t('paymentPage.creditHint')}
            testId="payment-credit"
          />
        </SimpleGrid>
      }
      tabs={{
        lines: <Allocations payment={payment} />,
        ledger: <JournalEffect entryId={payment.journalEntryId} />,
      }}
      aside={
        <Panel title={t('paymentPage.details')}>
          <FieldList rows={rows} />
        </Panel>
      }
      record={{ recordType: 'customer_payment', recordId: payment.id }}
    >
      {applying && <ApplyCreditModal payment={payment} onClose={closeApply} />}
    </DocumentPage>
  );
}

export function PaymentPage() {
  const { paymentId } = route.useParams();
  const payment = usePayment(paymentId);
  if (payment.error) return <ErrorAlert error={payment.error} onRetry={() => void payment.refetch()} />;
  if (!payment.data) return <LoadingBlock />;
  return <PaymentView key={payment.data.id} payment={payment.data} />;
}
