import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { Grid, Group, Select, SimpleGrid, Text } from '@mantine/core';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useActiveCompany } from '../../app/me.ts';
import { DateRangeFilter } from '../../ui/DateRangeFilter.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { Figure } from '../../ui/Figure.tsx';
import { formatMoney, formatMonth, formatPercent, todayIn } from '../../ui/format.ts';
import { LoadingBlock } from '../../ui/LoadingBlock.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { Panel } from '../../ui/Panel.tsx';
import { type Evaluation, useEvaluation, useWarehouseChoices } from './stock-counts-api.ts';

const route = getRouteApi('/shell/inventory/stock-counts/evaluation');

/** The first day of the month a year before today's month: twelve full months and this one. */
function yearAgo(today: string): string {
  const [year, month] = today.split('-').map(Number) as [number, number];
  return `${year - 1}-${String(month).padStart(2, '0')}-01`;
}

/** Value axes always show zero, so a single loss does not look like a gain. */
const withZero: [(min: number) => number, (max: number) => number] = [
  (min) => Math.min(0, min),
  (max) => Math.max(0, max),
];

function Charts({ evaluation }: { evaluation: Evaluation }) {
  const { t } = useTranslation('stock-counts');
  const company = useActiveCompany();
  const money = (amount: number | string) =>
    formatMoney(String(amount), { locale: company.locale, currency: evaluation.currency });
  const { accuracy } = evaluation;
  const months = evaluation.months.map((m) => ({
    ...m,
    month: formatMonth(m.month, company),
    netVarianceValue: Number(m.netVarianceValue),
  }));
  const reasons = evaluation.reasons.map((r) => ({
    reason: t(`evaluation.reasons.${r.reason}`),
    loss: Math.min(0, Number(r.netVarianceValue)),
    gain: Math.max(0, Number(r.netVarianceValue)),
    lines: r.lines,
  }));
  return (
    <>
      <SimpleGrid cols={{ base: 2, md: 4 }} mb="md">
        <Figure label={t('evaluation.postedCounts')} value={accuracy.postedCounts} testId="eval-posted" />
        <Figure
          label={t('evaluation.lineAccuracy')}
          value={accuracy.lineAccuracyPercent === null ? '—' : formatPercent(accuracy.lineAccuracyPercent, company)}
          hint={t('evaluation.lineAccuracyHint', { accurate: accuracy.accurateLines, lines: accuracy.lines })}
          testId="eval-line-accuracy"
        />
        <Figure
          label={t('evaluation.valueAccuracy')}
          value={accuracy.valueAccuracyPercent === null ? '—' : formatPercent(accuracy.valueAccuracyPercent, company)}
          hint={t('evaluation.valueAccuracyHint', { value: money(accuracy.systemValue) })}
          testId="eval-value-accuracy"
        />
        <Figure
          label={t('evaluation.varianceValue')}
          value={money(accuracy.absoluteVarianceValue)}
          hint={t('evaluation.varianceValueHint')}
          testId="eval-variance-value"
        />
      </SimpleGrid>
      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 6 }}>
          <Panel title={t('evaluation.countsPerMonth')} testId="counts-per-month">
            {months.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('evaluation.noCounts')}
              </Text>
            ) : (
              <BarChart
                h={280}
                data={months}
                dataKey="month"
                type="stacked"
                withLegend
                series={[
                  { name: 'posted', label: t('evaluation.posted'), color: 'teal.6' },
                  { name: 'open', label: t('evaluation.open'), color: 'brand.5' },
                  { name: 'cancelled', label: t('evaluation.cancelled'), color: 'gray.5' },
                ]}
              />
            )}
          </Panel>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 6 }}>
          <Panel title={t('evaluation.valuePerReason')} testId="value-per-reason">
            {reasons.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('evaluation.noVariances')}
              </Text>
            ) : (
              <BarChart
                h={280}
                data={reasons}
                dataKey="reason"
                type="stacked"
                withLegend
                valueFormatter={(value) => money(value)}
                yAxisProps={{ domain: withZero, width: 110 }}
                series={[
                  { name: 'loss', label: t('evaluation.loss'), color: 'red.6' },
                  { name: 'gain', label: t('evaluation.gain'), color: 'teal.6' },
                ]}
              />
            )}
          </Panel>
        </Grid.Col>
        <Grid.Col span={12}>
          <Panel title={t('evaluation.netPerMonth')}>
            {months.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('evaluation.noCounts')}
              </Text>
            ) : (
              <BarChart
                h={220}
                data={months}
                dataKey="month"
                valueFormatter={(value) => money(value)}
                yAxisProps={{ domain: withZero, width: 110 }}
                getBarColor={(value) => (value < 0 ? 'red.6' : 'teal.6')}
                series={[{ name: 'netVarianceValue', label: t('evaluation.netVariance') }]}
              />
            )}
          </Panel>
        </Grid.Col>
      </Grid>
    </>
  );
}

export function CountEvaluationPage() {
  const { t } = useTranslation('stock-counts');
  const company = useActiveCompany();
  const search = route.useSearch();
  const navigate = useNavigate({ from: '/inventory/stock-counts/evaluation' });
  const today = todayIn(company.timezone);
  const dateFrom = search.dateFrom ?? yearAgo(today);
  const dateTo = search.dateTo ?? today;
  const warehouses = useWarehouseChoices();
  const evaluation = useEvaluation({ dateFrom, dateTo, warehouseId: search.warehouseId });
  const filter = (change: Partial<typeof search>) =>
    void navigate({ search: (previous) => ({ ...previous, ...change }), replace: true });

  return (
    <>
      <PageHeader title={t('evaluation.title')} description={t('evaluation.description')} />
      <Group gap="sm" mb="md" align="flex-end">
        <DateRangeFilter
          label={t('evaluation.plannedDate')}
          from={dateFrom}
          to={dateTo}
          onChange={(from, to) => filter({ dateFrom: from, dateTo: to })}
        />
        <Select
          aria-label={t('evaluation.warehouse')}
          placeholder={t('evaluation.allWarehouses')}
          w={220}
          clearable
          data={(warehouses.data ?? []).map((w) => ({ value: w.id, label: `${w.code} · ${w.name}` }))}
          value={search.warehouseId ?? null}
          onChange={(warehouseId) => filter({ warehouseId: warehouseId ?? undefined })}
        />
      </Group>
      {evaluation.error && <ErrorAlert error={evaluation.error} onRetry={() => void evaluation.refetch()} />}
      {evaluation.isPending && <LoadingBlock />}
      {evaluation.data && <Charts evaluation={evaluation.data} />}
    </>
  );
}
