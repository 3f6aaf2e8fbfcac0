import { Divider, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useActiveCompany } from '../../app/me.ts';
import { formatMoney } from '../../ui/format.ts';
import { TotalRow } from '../../ui/TotalRow.tsx';
import type { Invoice } from './invoices-api.ts';

/** Net, VAT and total of an invoice as the server computed them; for an invoice, also paid and due. */
export function InvoiceTotals({ invoice }: { invoice: Invoice }) {
  const { t } = useTranslation('invoicing');
  const company = useActiveCompany();
  const money = (amount: string) => formatMoney(amount, { locale: company.locale, currency: invoice.currency });
  const open = invoice.kind === 'invoice' && invoice.state !== 'draft' && invoice.state !== 'cancelled';
  return (
    <Stack gap={4} w={320} ml="auto">
      <TotalRow label={t('invoiceTotals.net')} value={money(invoice.subtotal)} testId="invoice-subtotal" />
      <TotalRow label={t('invoiceTotals.vat')} value={money(invoice.taxTotal)} testId="invoice-tax" />
      <TotalRow label={t('invoiceTotals.total')} value={money(invoice.total)} strong testId="invoice-total" />
      {open && (
        <>
          <Divider my={4} />
          <TotalRow label={t('invoiceTotals.paid')} value={money(invoice.amountPaid)} testId="invoice-paid" />
          <TotalRow label={t('invoiceTotals.due')} value={money(invoice.amountDue)} strong testId="invoice-due" />
        </>
      )}
    </Stack>
  );
}
