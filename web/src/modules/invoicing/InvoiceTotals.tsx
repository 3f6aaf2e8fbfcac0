import { Divider, Stack } from '@mantine/core';
import { useActiveCompany } from '../../app/me.ts';
import { formatMoney } from '../../ui/format.ts';
import { TotalRow } from '../../ui/TotalRow.tsx';
import type { Invoice } from './invoices-api.ts';

/** Net, VAT and total of an invoice as the server computed them; for an invoice, also paid and due. */
export function InvoiceTotals({ invoice }: { invoice: Invoice }) {
  const company = useActiveCompany();
  const money = (amount: string) => formatMoney(amount, { locale: company.locale, currency: invoice.currency });
  const open = invoice.kind === 'invoice' && invoice.state !== 'draft' && invoice.state !== 'cancelled';
  return (
    <Stack gap={4} w={320} ml="auto">
      <TotalRow label="Net" value={money(invoice.subtotal)} testId="invoice-subtotal" />
      <TotalRow label="VAT" value={money(invoice.taxTotal)} testId="invoice-tax" />
      <TotalRow label="Total" value={money(invoice.total)} strong testId="invoice-total" />
      {open && (
        <>
          <Divider my={4} />
          <TotalRow label="Paid" value={money(invoice.amountPaid)} testId="invoice-paid" />
          <TotalRow label="Due" value={money(invoice.amountDue)} strong testId="invoice-due" />
        </>
      )}
    </Stack>
  );
}
