import { Badge, SimpleGrid, Stack, Text, Timeline } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useActiveCompany } from '../../app/me.ts';
import { FieldList } from '../../ui/FieldList.tsx';
import { Figure } from '../../ui/Figure.tsx';
import { formatDateTime, formatDay, formatMoney } from '../../ui/format.ts';
import { Panel } from '../../ui/Panel.tsx';
import { useCategories } from '../catalog/index.ts';
import { frequencyLabel, historyActionLabel } from './count-labels.tsx';
import { type StockCount, useWarehouseScope } from './stock-counts-api.ts';

/** Lines counted, variances and their value against the approval threshold. */
export function CountFigures({ count }: { count: StockCount }) {
  const company = useActiveCompany();
  const { t } = useTranslation('stock-counts');
  const money = (amount: string) => formatMoney(amount, { locale: company.locale, currency: count.currency });
  const threshold = money(count.approvalThreshold);
  const { totals } = count;
  const hidden = count.systemQuantitiesHidden;
  return (
    <SimpleGrid cols={{ base: 2, md: 4 }} mb="md">
      <Figure
        label={t('countSummary.counted')}
        value={`${totals.countedLines} / ${totals.lines}`}
        hint={t('countSummary.lines')}
        testId="figure-counted"
      />
      <Figure
        label={t('countSummary.variances')}
        value={hidden ? t('countSummary.hidden') : (totals.linesWithVariance ?? 0)}
        hint={
          hidden
            ? t('countSummary.blindHint')
            : totals.linesMissingReason
              ? t('countSummary.withoutReason', { count: totals.linesMissingReason })
              : t('countSummary.linesDiffer')
        }
        testId="figure-variances"
      />
      <Figure
        label={t('countSummary.netVariance')}
        value={totals.netVarianceValue === null ? '—' : money(totals.netVarianceValue)}
        color={totals.netVarianceValue?.startsWith('-') ? 'red' : undefined}
        hint={t('countSummary.gainsMinusLosses')}
        testId="figure-net-variance"
      />
      <Figure
        label={t('countSummary.varianceValue')}
        value={totals.absoluteVarianceValue === null ? '—' : money(totals.absoluteVarianceValue)}
        hint={
          totals.needsManagerApproval === null ? (
            t('countSummary.gainsAndLosses')
          ) : totals.needsManagerApproval && ['approved', 'posted'].includes(count.state) ? (
            t('countSummary.approvedByManager', { amount: threshold })
          ) : totals.needsManagerApproval ? (
            <Badge size="xs" color="orange" variant="light" data-testid="needs-manager">
              {t('countSummary.managerApproves', { amount: threshold })}
            </Badge>
          ) : (
            t('countSummary.withinThreshold', { amount: threshold })
          )
        }
        testId="figure-variance-value"
      />
    </SimpleGrid>
  );
}

function useScopeText(count: StockCount): string {
  const { t } = useTranslation('stock-counts');
  const scope = useWarehouseScope(count.zoneIds.length || count.locationIds.length ? count.warehouseId : null);
  const categories = useCategories();
  const zoneCode = (id: string) => scope.data?.zones.find((z) => z.id === id)?.code ?? '…';
  const locationCode = (id: string) => scope.data?.locations.find((l) => l.id === id)?.code ?? '…';
  const categoryName = (id: string) => categories.data?.find((c) => c.id === id)?.name ?? '…';
  const parts = [
    count.zoneIds.length ? t('countSummary.zones', { codes: count.zoneIds.map(zoneCode).join(', ') }) : null,
    count.locationIds.length
      ? t('countSummary.locations', { codes: count.locationIds.map(locationCode).join(', ') })
      : null,
    count.categoryIds.length
      ? t('countSummary.categories', { names: count.categoryIds.map(categoryName).join(', ') })
      : null,
  ].filter(Boolean);
  return parts.length ? parts.join(' · ') : t('countSummary.wholeWarehouse');
}

export function CountDetails({ count }: { count: StockCount }) {
  const company = useActiveCompany();
  const { t } = useTranslation('stock-counts');
  const scope = useScopeText(count);
  const scheduledBy = count.createdByName
    ? t('countSummary.scheduledByAt', { name: count.createdByName, at: formatDateTime(count.createdAt, company) })
    : '';
  const rows: [string, ReactNode][] = [
    [t('countSummary.warehouse'), count.warehouseName],
    [t('countSummary.scope'), scope],
    [t('countSummary.planned'), formatDay(count.plannedDate, company)],
    [t('countSummary.frequency'), frequencyLabel(t, count.frequency)],
    [t('countSummary.blindCount'), count.blind ? t('countSummary.yes') : t('countSummary.no')],
    [t('countSummary.team'), count.team.map((m) => m.name ?? m.userId).join(', ')],
    [t('countSummary.scheduledBy'), scheduledBy],
  ];
  if (count.rejectReason) rows.push([t('countSummary.lastRejection'), count.rejectReason]);
  if (count.cancelReason) rows.push([t('countSummary.cancelReason'), count.cancelReason]);
  if (count.adjustmentId) rows.push([t('countSummary.postedAs'), t('countSummary.postedAsAdjustment')]);
  if (count.note) rows.push([t('countSummary.note'), count.note]);
  return (
    <Panel title={t('countSummary.details')}>
      <FieldList rows={rows} />
    </Panel>
  );
}

/** Who moved the count on, and when, in this pass. */
export function CountProgress({ count }: { count: StockCount }) {
  const company = useActiveCompany();
  const { t } = useTranslation('stock-counts');
  return (
    <Panel title={t('countSummary.progress')} testId="count-progress">
      {count.history.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('countSummary.notStarted')}
        </Text>
      ) : (
        <Timeline active={count.history.length - 1} bulletSize={14} lineWidth={2}>
          {count.history.map((step) => (
            <Timeline.Item key={`${step.action}-${step.at}`} title={historyActionLabel(t, step.action)}>
              <Stack gap={0}>
                <Text size="xs" c="dimmed">
                  {step.byName ?? t('countSummary.someone')} · {formatDateTime(step.at, company)}
                </Text>
                {step.action === 'reject' && count.rejectReason && <Text size="xs">{count.rejectReason}</Text>}
              </Stack>
            </Timeline.Item>
          ))}
        </Timeline>
      )}
    </Panel>
  );
}
