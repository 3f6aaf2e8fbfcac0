import { Divider, Group, Stack, Text } from '@mantine/core';
import { useActiveCompany } from '../../app/me.ts';
import { formatMoney } from '../../ui/format.ts';
import type { Invoice } from './invoices-api.ts';

function Row({
  label,
  value,
  strong = false,
  testId,
}: {
  label: string;
  value: string;
  strong?: boolean;
  testId?: string;
}) {
  return (
    <Group justify="space-between" gap="xl">
      <Text size={strong ? 'md' : 'sm'} fw={strong ? 700 : 400} c={strong ? undefined : 'dimmed'}>
        {label}
      </Text>
      <Text size={strong ? 'lg' : 'sm'} fw={strong ? 700 : 500} data-testid={testId}>
        {value}
      </Text>
    </Group>
  );
}

/** Net, VAT and total of an invoice as the server computed them; for an invoice, also paid and due. */
export function InvoiceTotals({ invoice }: { invoice: Invoice }) {
  const company = useActiveCompany();
  const money = (amount: string) => formatMoney(amount, { locale: company.locale, currency: invoice.currency });
  const open = invoice.kind === 'invoice' && invoice.state !== 'draft' && invoice.state !== 'cancelled';
  return (
    <Stack gap={4} w={320} ml="auto">
      <Row label="Net" value={money(invoice.subtotal)} testId="invoice-subtotal" />
      <Row label="VAT" value={money(invoice.taxTotal)} testId="invoice-tax" />
      <Row label="Total" value={money(invoice.total)} strong testId="invoice-total" />
      {open && (
        <>
          <Divider my={4} />
          <Row label="Paid" value={money(invoice.amountPaid)} testId="invoice-paid" />
          <Row label="Due" value={money(invoice.amountDue)} strong testId="invoice-due" />
        </>
      )}
    </Stack>
  );
}
