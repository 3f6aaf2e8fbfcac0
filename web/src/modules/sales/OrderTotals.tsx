import { Alert, Group, Loader, Stack, Text } from '@mantine/core';
import { useActiveCompany } from '../../app/me.ts';
import { formatMoney } from '../../ui/format.ts';

interface Totals {
  subtotal: string;
  discountTotal: string;
  total: string;
}

interface OrderTotalsProps {
  totals: Totals | undefined;
  /** Prices are being worked out for the latest lines. */
  pricing?: boolean;
  /** Why the lines cannot be priced now. */
  problem?: string;
  /** Why there are no totals yet, when the user can do something about it. */
  hint?: string;
  /** The order's currency; the company's by default. */
  currency?: string;
}

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

/** Subtotal, discounts and total of an order, as the server computes them. */
export function OrderTotals({ totals, pricing = false, problem, hint, currency }: OrderTotalsProps) {
  const company = useActiveCompany();
  const format = { locale: company.locale, currency: currency ?? company.currency };
  const money = (amount: string | undefined) => (amount === undefined ? '—' : formatMoney(amount, format));
  return (
    <Stack gap={4} w={300} ml="auto">
      {problem && (
        <Alert color="orange" variant="light" p="xs">
          <Text size="xs">{problem}</Text>
        </Alert>
      )}
      {hint && (
        <Text size="xs" c="dimmed">
          {hint}
        </Text>
      )}
      <Row label="Subtotal" value={money(totals?.subtotal)} />
      <Row
        label="Discount"
        value={
          totals && totals.discountTotal !== '0' ? `− ${money(totals.discountTotal)}` : money(totals?.discountTotal)
        }
      />
      <Group justify="flex-end" h={2}>
        {pricing && <Loader size={12} aria-label="Pricing" />}
      </Group>
      <Row label="Total" value={money(totals?.total)} strong testId="order-total" />
    </Stack>
  );
}
