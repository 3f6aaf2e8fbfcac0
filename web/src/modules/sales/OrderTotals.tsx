import { Alert, Group, Loader, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useActiveCompany } from '../../app/me.ts';
import { formatMoney } from '../../ui/format.ts';
import { TotalRow } from '../../ui/TotalRow.tsx';

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

/** Subtotal, discounts and total of an order, as the server computes them. */
export function OrderTotals({ totals, pricing = false, problem, hint, currency }: OrderTotalsProps) {
  const { t } = useTranslation('sales');
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
      <TotalRow label={t('orderTotals.subtotal')} value={money(totals?.subtotal)} />
      <TotalRow
        label={t('orderTotals.discount')}
        value={
          totals && totals.discountTotal !== '0' ? `− ${money(totals.discountTotal)}` : money(totals?.discountTotal)
        }
      />
      <Group justify="flex-end" h={2}>
        {pricing && <Loader size={12} aria-label={t('orderTotals.pricing')} />}
      </Group>
      <TotalRow label={t('orderTotals.total')} value={money(totals?.total)} strong testId="order-total" />
    </Stack>
  );
}
