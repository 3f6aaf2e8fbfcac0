import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { Paper, SimpleGrid, Text, Title } from '@mantine/core';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useActiveCompany } from '../../../app/me.ts';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { Figure } from '../../../ui/Figure.tsx';
import { formatMoney, formatMonth } from '../../../ui/format.ts';
import { LoadingBlock } from '../../../ui/LoadingBlock.tsx';
import { PageHeader } from '../../../ui/PageHeader.tsx';
import { exportReport, type Range, useMonthlyProfitAndLoss, useProfitAndLoss } from '../accounting-api.ts';
import { ReportToolbar } from './ReportToolbar.tsx';
import { useDefaultRange } from './report-range.ts';
import { StatementSections } from './StatementSections.tsx';

const route = getRouteApi('/shell/accounting/reports/profit-and-loss');

/** Income, expenses and net income per month of the range, as bars. */
function MonthlyChart({ range }: { range: Range }) {
  const company = useActiveCompany();
  const { t } = useTranslation('accounting');
  const monthly = useMonthlyProfitAndLoss(range);
  if (monthly.error) return <ErrorAlert error={monthly.error} onRetry={() => void monthly.refetch()} />;
  if (!monthly.data) return <LoadingBlock />;
  const income = t('profitAndLoss.income');
  const expenses = t('profitAndLoss.expenses');
  const netIncome = t('profitAndLoss.netIncome');
  const data = monthly.data.months.map((m) => ({
    month: formatMonth(m.month, company),
    [income]: Number(m.income),
    [expenses]: Number(m.expense),
    [netIncome]: Number(m.netIncome),
  }));
  return (
    <Paper withBorder p="md" mb="md" data-testid="monthly-chart">
      <Title order={2} size="h4" mb="sm">
        {t('profitAndLoss.byMonth')}
      </Title>
      <BarChart
        h={260}
        data={data}
        dataKey="month"
        withLegend
        yAxisProps={{ width: 110 }}
        valueFormatter={(value) => formatMoney(String(value), company)}
        series={[
          { name: income, color: 'teal.6' },
          { name: expenses, color: 'red.5' },
          { name: netIncome, color: 'blue.6' },
        ]}
      />
    </Paper>
  );
}

/** Income and expenses of a period, grouped as the chart of accounts groups them. */
export function ProfitAndLossPage() {
  const search = route.useSearch();
  const navigate = useNavigate({ from: '/accounting/reports/profit-and-loss' });
  const company = useActiveCompany();
  const { t } = useTranslation('accounting');
  const range = useDefaultRange(search);
  const pl = useProfitAndLoss({ from: range.from, to: range.to });
  return (
    <>
      <PageHeader title={t('profitAndLoss.title')} description={t('profitAndLoss.description')} />
      <ReportToolbar
        from={range.from}
        to={range.to}
        onRange={(from, to) => void navigate({ search: { from, to }, replace: true })}
        download={(format) => exportReport('/api/accounting/reports/profit-and-loss/export', range, format)}
      />
      {pl.data && (
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm" mb="md">
          <Figure label={t('profitAndLoss.income')} value={formatMoney(pl.data.totalIncome, company)} />
          <Figure label={t('profitAndLoss.expenses')} value={formatMoney(pl.data.totalExpense, company)} />
          <Figure
            label={t('profitAndLoss.netIncome')}
            value={formatMoney(pl.data.netIncome, company)}
            color={pl.data.netIncome.startsWith('-') ? 'red' : 'teal'}
            testId="net-income"
          />
        </SimpleGrid>
      )}
      <MonthlyChart range={{ from: range.from, to: range.to }} />
      {pl.error ? (
        <ErrorAlert error={pl.error} onRetry={() => void pl.refetch()} />
      ) : pl.data ? (
        <StatementSections
          sections={pl.data.sections}
          ledgerRange={range}
          footer={[
            { label: t('profitAndLoss.netIncome'), amount: pl.data.netIncome, strong: true, testId: 'pl-net-income' },
          ]}
        />
      ) : (
        <LoadingBlock />
      )}
      <Text size="xs" c="dimmed" mt="xs">
        {t('profitAndLoss.note')}
      </Text>
    </>
  );
}
