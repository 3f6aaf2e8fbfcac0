import { Badge, SimpleGrid, Stack, Text, Timeline } from '@mantine/core';
import type { ReactNode } from 'react';
import { useActiveCompany } from '../../app/me.ts';
import { FieldList } from '../../ui/FieldList.tsx';
import { Figure } from '../../ui/Figure.tsx';
import { formatDateTime, formatDay, formatMoney } from '../../ui/format.ts';
import { Panel } from '../../ui/Panel.tsx';
import { useCategories } from '../catalog/catalog-api.ts';
import { actionLabels, frequencyLabels } from './count-labels.tsx';
import { type StockCount, useWarehouseScope } from './stock-counts-api.ts';

/** Lines counted, variances and their value against the approval threshold. */
export function CountFigures({ count }: { count: StockCount }) {
  const company = useActiveCompany();
  const money = (amount: string) => formatMoney(amount, { locale: company.locale, currency: count.currency });
  const { totals } = count;
  const hidden = count.systemQuantitiesHidden;
  return (
    <SimpleGrid cols={{ base: 2, md: 4 }} mb="md">
      <Figure label="Counted" value={`${totals.countedLines} / ${totals.lines}`} hint="lines" testId="figure-counted" />
      <Figure
        label="Variances"
        value={hidden ? 'Hidden' : (totals.linesWithVariance ?? 0)}
        hint={
          hidden
            ? 'Blind count: shown to reviewers'
            : totals.linesMissingReason
              ? `${totals.linesMissingReason} without a reason`
              : 'lines differ from the system'
        }
        testId="figure-variances"
      />
      <Figure
        label="Net variance"
        value={totals.netVarianceValue === null ? '—' : money(totals.netVarianceValue)}
        color={totals.netVarianceValue?.startsWith('-') ? 'red' : undefined}
        hint="gains minus losses"
        testId="figure-net-variance"
      />
      <Figure
        label="Variance value"
        value={totals.absoluteVarianceValue === null ? '—' : money(totals.absoluteVarianceValue)}
        hint={
          totals.needsManagerApproval === null ? (
            'gains and losses'
          ) : totals.needsManagerApproval && ['approved', 'posted'].includes(count.state) ? (
            `above ${money(count.approvalThreshold)}: approved by a manager`
          ) : totals.needsManagerApproval ? (
            <Badge size="xs" color="orange" variant="light" data-testid="needs-manager">
              Above {money(count.approvalThreshold)}: a manager approves
            </Badge>
          ) : (
            `within the threshold of ${money(count.approvalThreshold)}`
          )
        }
        testId="figure-variance-value"
      />
    </SimpleGrid>
  );
}

function useScopeText(count: StockCount): string {
  const scope = useWarehouseScope(count.zoneIds.length || count.locationIds.length ? count.warehouseId : null);
  const categories = useCategories();
  const zoneCode = (id: string) => scope.data?.zones.find((z) => z.id === id)?.code ?? '…';
  const locationCode = (id: string) => scope.data?.locations.find((l) => l.id === id)?.code ?? '…';
  const categoryName = (id: string) => categories.data?.find((c) => c.id === id)?.name ?? '…';
  const parts = [
    count.zoneIds.length ? `Zones ${count.zoneIds.map(zoneCode).join(', ')}` : null,
    count.locationIds.length ? `Locations ${count.locationIds.map(locationCode).join(', ')}` : null,
    count.categoryIds.length ? `Categories ${count.categoryIds.map(categoryName).join(', ')}` : null,
  ].filter(Boolean);
  return parts.length ? parts.join(' · ') : 'The whole warehouse';
}

export function CountDetails({ count }: { count: StockCount }) {
  const company = useActiveCompany();
  const scope = useScopeText(count);
  const rows: [string, ReactNode][] = [
    ['Warehouse', count.warehouseName],
    ['Scope', scope],
    ['Planned', formatDay(count.plannedDate, company)],
    ['Frequency', frequencyLabels[count.frequency]],
    ['Blind count', count.blind ? 'Yes' : 'No'],
    ['Team', count.team.map((m) => m.name ?? m.userId).join(', ')],
    ['Scheduled by', count.createdByName ? `${count.createdByName}, ${formatDateTime(count.createdAt, company)}` : ''],
  ];
  if (count.rejectReason) rows.push(['Last rejection', count.rejectReason]);
  if (count.cancelReason) rows.push(['Cancel reason', count.cancelReason]);
  if (count.adjustmentId) rows.push(['Posted as', 'A stock adjustment (reason: stock count)']);
  if (count.note) rows.push(['Note', count.note]);
  return (
    <Panel title="Details">
      <FieldList rows={rows} />
    </Panel>
  );
}

/** Who moved the count on, and when, in this pass. */
export function CountProgress({ count }: { count: StockCount }) {
  const company = useActiveCompany();
  return (
    <Panel title="Progress" testId="count-progress">
      {count.history.length === 0 ? (
        <Text size="sm" c="dimmed">
          Not started yet.
        </Text>
      ) : (
        <Timeline active={count.history.length - 1} bulletSize={14} lineWidth={2}>
          {count.history.map((step) => (
            <Timeline.Item key={`${step.action}-${step.at}`} title={actionLabels[step.action] ?? step.action}>
              <Stack gap={0}>
                <Text size="xs" c="dimmed">
                  {step.byName ?? 'Someone'} · {formatDateTime(step.at, company)}
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
