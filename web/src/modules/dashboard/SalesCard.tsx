import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { Group, Text } from '@mantine/core';
import { IconTrendingDown, IconTrendingUp } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useActiveCompany } from '../../app/me.ts';
import { AnchorLink } from '../../ui/AnchorLink.tsx';
import { formatMoney, formatMonth } from '../../ui/format.ts';
import type { CardFigures, Dashboard } from './dashboard-api.ts';
import { BigFigure, FigureCard } from './FigureCard.tsx';

/** `+12%` from last month to this month, or nothing when last month had no sales. */
function change(now: string, before: string): number | null {
  const previous = Number(before);
  return previous === 0 ? null : Math.round(((Number(now) - previous) / previous) * 100);
}

/** Confirmed orders of this month against last month, day by day (drafts and cancelled orders do not count). */
export function SalesCard({ dashboard, sales }: { dashboard: Dashboard; sales: CardFigures<'sales'> }) {
  const { t } = useTranslation('dashboard');
  const company = useActiveCompany();
  const money = (amount: string) => formatMoney(amount, { locale: company.locale, currency: dashboard.currency });
  const { thisMonth, lastMonth } = sales;
  const trend = change(thisMonth.total, lastMonth.total);
  const thisLabel = formatMonth(thisMonth.from, company);
  const lastLabel = formatMonth(lastMonth.from, company);
  return (
    <FigureCard
      title={t('sales.title')}
      testId="sales-card"
      link={
        <AnchorLink to="/sales-orders" search={{ dateFrom: thisMonth.from, dateTo: thisMonth.to }} size="xs">
          {t('sales.orders')}
        </AnchorLink>
      }
    >
      <Group align="flex-end" gap="xl">
        <BigFigure value={money(thisMonth.total)} caption={t('sales.ordered')} />
        <BigFigure
          value={thisMonth.orders}
          caption={t('sales.confirmed', { count: thisMonth.orders })}
          testId="orders-this-month"
        />
        <Group gap={6}>
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
            {t('sales.lastMonth', { count: lastMonth.orders, total: money(lastMonth.total) })}
          </Text>
        </Group>
      </Group>
      <BarChart
        mt="md"
        h={200}
        data={sales.byDay.map((d) => ({ day: d.day, thisMonth: Number(d.thisMonth), lastMonth: Number(d.lastMonth) }))}
        dataKey="day"
        series={[
          { name: 'lastMonth', label: lastLabel, color: 'gray.4' },
          { name: 'thisMonth', label: thisLabel, color: 'brand.6' },
        ]}
        withLegend
        yAxisProps={{ width: 90 }}
        valueFormatter={(value) => money(String(value))}
        data-testid="sales-chart"
      />
    </FigureCard>
  );
}
