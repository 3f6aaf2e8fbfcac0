import { Group, Paper, Stack, Text } from '@mantine/core';
import { IconTrendingDown, IconTrendingUp } from '@tabler/icons-react';
import { useActiveCompany } from '../../app/me.ts';
import { AnchorLink } from '../../ui/AnchorLink.tsx';
import { formatMoney } from '../../ui/format.ts';
import type { SalesFigures } from './dashboard-api.ts';

/** `+12%` from last month to this month, or nothing when last month had no sales. */
function change(now: string, before: string): number | null {
  const previous = Number(before);
  return previous === 0 ? null : Math.round(((Number(now) - previous) / previous) * 100);
}

/** Confirmed orders of this month against last month (drafts and cancelled orders do not count). */
export function SalesCard({ sales, currency }: { sales: SalesFigures; currency: string }) {
  const company = useActiveCompany();
  const money = (amount: string) => formatMoney(amount, { locale: company.locale, currency });
  const { thisMonth, lastMonth } = sales;
  const trend = change(thisMonth.total, lastMonth.total);
  return (
    <Paper withBorder p="md" data-testid="sales-card">
      <Group justify="space-between" mb={8}>
        <Text size="xs" fw={600} c="dimmed" tt="uppercase" lts={0.4}>
          Sales this month
        </Text>
        <AnchorLink to="/sales-orders" search={{ dateFrom: thisMonth.from, dateTo: thisMonth.to }} size="xs">
          Orders
        </AnchorLink>
      </Group>
      <Group align="flex-end" gap="lg">
        <Stack gap={0}>
          <Text fz={26} fw={650} lh={1.2} data-testid="orders-this-month">
            {thisMonth.orders}
          </Text>
          <Text size="xs" c="dimmed">
            confirmed {thisMonth.orders === 1 ? 'order' : 'orders'}
          </Text>
        </Stack>
        <Stack gap={0}>
          <Text fz={20} fw={600} lh={1.3}>
            {money(thisMonth.total)}
          </Text>
          <Text size="xs" c="dimmed">
            ordered this month
          </Text>
        </Stack>
      </Group>
      <Group gap={6} mt="sm">
        {trend !== null && (
          <Text size="sm" fw={600} c={trend >= 0 ? 'teal' : 'red'} component="span">
            <Group gap={2} component="span">
              {trend >= 0 ? <IconTrendingUp size={15} /> : <IconTrendingDown size={15} />}
              {trend > 0 ? '+' : ''}
              {trend}%
            </Group>
          </Text>
        )}
        <Text size="sm" c="dimmed">
          Last month: {lastMonth.orders} {lastMonth.orders === 1 ? 'order' : 'orders'}, {money(lastMonth.total)}
        </Text>
      </Group>
    </Paper>
  );
}
