import { and, eq, gte, like, lte, sql } from 'drizzle-orm';
import { queryRows, type TenantContext } from '../../../db/database.ts';
import { startsWithPattern } from '../../../db/sql-fragments.ts';
import { keyset, parseSort, toPage } from '../../../platform/http/pagination.ts';
import { companyCurrency } from '../../../platform/tenancy/company-calendar.ts';
import { type StockCountState, stockCounts } from '../schema.ts';
import { stockCountSettings } from '../settings.ts';
import { type StockCountTransition, stockCountFlow } from '../stock-count.workflow.ts';
import { countLines, countTotals, matchLine, type StockCountLineRow } from './count-lines.ts';

export type StockCountRow = typeof stockCounts.$inferSelect;

export async function findCount(ctx: TenantContext, id: string, lock = false): Promise<StockCountRow | undefined> {
  const query = ctx.tx
    .select()
    .from(stockCounts)
    .where(and(eq(stockCounts.tenantId, ctx.tenantId), eq(stockCounts.id, id)));
  const [count] = lock ? await query.for('update') : await query;
  return count;
}

/** Who may see what: blind counts hide the system side from counters while they count. */
export interface CountViewer {
  canReview: boolean;
}

export function hidesSystemQuantities(count: Pick<StockCountRow, 'blind' | 'state'>, viewer: CountViewer): boolean {
  return count.blind && count.state === 'counting' && !viewer.canReview;
}

const text = (value: { toFixed(): string } | null) => (value === null ? null : value.toFixed());

export function lineView(line: StockCountLineRow, currency: string, hidden: boolean) {
  const match = matchLine(line, currency);
  return {
    id: line.id,
    lineNo: line.lineNo,
    productId: line.productId,
    sku: line.sku,
    productName: line.productName,
    barcode: line.barcode,
    unitOfMeasure: line.unitOfMeasure,
    locationId: line.locationId,
    locationCode: line.locationCode,
    lotId: line.lotId,
    lotNumber: line.lotNumber,
    addedWhileCounting: line.addedWhileCounting,
    systemQuantity: hidden ? null : line.systemQuantity,
    unitCost: hidden ? null : line.unitCost,
    countedQuantity: line.countedQuantity,
    variance: hidden ? null : text(match.variance),
    variancePercent: hidden ? null : text(match.variancePercent),
    varianceValue: hidden ? null : text(match.varianceValue),
    recount: line.recount,
    reason: line.reason,
    note: line.note,
    countedAt: line.countedAt?.toISOString() ?? null,
  };
}

export type StockCountLineView = ReturnType<typeof lineView>;

async function userNames(ctx: TenantContext, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await queryRows<{ id: string; name: string }>(
    ctx.tx,
    sql`select id, name from users where id = any(${sql.param([...new Set(ids)])}::uuid[])`,
  );
  return new Map(rows.map((r) => [r.id, r.name]));
}

const stampFields: Record<StockCountTransition, [keyof StockCountRow, keyof StockCountRow]> = {
  start: ['startedAt', 'startedBy'],
  finish: ['countedAt', 'countedBy'],
  review: ['reviewedAt', 'reviewedBy'],
  approve: ['approvedAt', 'approvedBy'],
  reject: ['rejectedAt', 'rejectedBy'],
  post: ['postedAt', 'postedBy'],
  cancel: ['cancelledAt', 'cancelledBy'],
};

/** The count with its lines, matching, totals and the transitions made so far (who and when). */
export async function getStockCount(ctx: TenantContext, id: string, viewer: CountViewer) {
  const count = await findCount(ctx, id);
  if (!count) return undefined;
  const [lines, currency, settings] = [
    await countLines(ctx, id),
    await companyCurrency(ctx),
    await stockCountSettings(ctx),
  ];
  const hidden = hidesSystemQuantities(count, viewer);
  const totals = countTotals(lines, currency);
  const stamps = (Object.keys(stampFields) as StockCountTransition[])
    .map((action) => {
      const [at, by] = stampFields[action];
      return { action, at: count[at] as Date | null, by: count[by] as string | null };
    })
    .filter((s): s is { action: StockCountTransition; at: Date; by: string | null } => s.at !== null)
    .sort((a, b) => a.at.getTime() - b.at.getTime());
  const names = await userNames(ctx, [
    ...count.teamUserIds,
    ...stamps.flatMap((s) => (s.by ? [s.by] : [])),
    ...(count.createdBy ? [count.createdBy] : []),
  ]);
  return {
    id: count.id,
    number: count.number,
    warehouseId: count.warehouseId,
    warehouseName: count.warehouseName,
    zoneIds: count.zoneIds,
    locationIds: count.locationIds,
    categoryIds: count.categoryIds,
    frequency: count.frequency,
    plannedDate: count.plannedDate,
    blind: count.blind,
    team: count.teamUserIds.map((userId) => ({ userId, name: names.get(userId) ?? null })),
    note: count.note,
    state: count.state,
    allowedActions: stockCountFlow.actionsFrom(count.state).filter((a) => a !== 'record'),
    createdAt: count.createdAt.toISOString(),
    createdBy: count.createdBy,
    createdByName: count.createdBy ? (names.get(count.createdBy) ?? null) : null,
    history: stamps.map((s) => ({
      action: s.action,
      at: s.at.toISOString(),
      by: s.by,
      byName: s.by ? (names.get(s.by) ?? null) : null,
    })),
    rejectReason: count.rejectReason,
    cancelReason: count.cancelReason,
    adjustmentId: count.adjustmentId,
    currency,
    approvalThreshold: settings.approvalThreshold,
    systemQuantitiesHidden: hidden,
    totals: {
      lines: totals.lines,
      countedLines: totals.countedLines,
      linesWithVariance: hidden ? null : totals.linesWithVariance,
      linesMissingReason: hidden ? null : totals.linesMissingReason,
      systemValue: hidden ? null : totals.systemValue.toFixed(),
      netVarianceValue: hidden ? null : totals.netVarianceValue.toFixed(),
      absoluteVarianceValue: hidden ? null : totals.absoluteVarianceValue.toFixed(),
      needsManagerApproval: hidden ? null : totals.absoluteVarianceValue.gt(settings.approvalThreshold),
    },
    lines: lines.map((line) => lineView(line, currency, hidden)),
  };
}

export type StockCountView = NonNullable<Awaited<ReturnType<typeof getStockCount>>>;

export const stockCountSorts = ['-plannedDate', 'plannedDate', '-number', 'number'] as const;

export interface StockCountFilter {
  state?: StockCountState | undefined;
  warehouseId?: string | undefined;
  dateFrom?: string | undefined;
  dateTo?: string | undefined;
  q?: string | undefined;
}

const listColumns = {
  id: stockCounts.id,
  number: stockCounts.number,
  warehouseId: stockCounts.warehouseId,
  warehouseName: stockCounts.warehouseName,
  plannedDate: stockCounts.plannedDate,
  frequency: stockCounts.frequency,
  blind: stockCounts.blind,
  state: stockCounts.state,
  createdAt: stockCounts.createdAt,
  // Qualified by hand: Drizzle renders a column of the selected table unqualified, which inside
  // the subquery would name the line's own column.
  lineCount: sql<number>`(select count(*)::int from stock_count_lines l
    where l.tenant_id = stock_counts.tenant_id and l.count_id = stock_counts.id)`,
  countedLines: sql<number>`(select count(*)::int from stock_count_lines l
    where l.tenant_id = stock_counts.tenant_id and l.count_id = stock_counts.id and l.counted_quantity is not null)`,
};

function conditions(ctx: TenantContext, filter: StockCountFilter) {
  return [
    eq(stockCounts.tenantId, ctx.tenantId),
    filter.state ? eq(stockCounts.state, filter.state) : undefined,
    filter.warehouseId ? eq(stockCounts.warehouseId, filter.warehouseId) : undefined,
    filter.dateFrom ? gte(stockCounts.plannedDate, filter.dateFrom) : undefined,
    filter.dateTo ? lte(stockCounts.plannedDate, filter.dateTo) : undefined,
    filter.q ? like(stockCounts.number, startsWithPattern(filter.q.toUpperCase())) : undefined,
  ];
}

/** One page of counts, by planned date (or number), newest first by default. */
export async function listStockCounts(
  ctx: TenantContext,
  filter: StockCountFilter & { sort: (typeof stockCountSorts)[number]; cursor?: string | undefined; limit: number },
) {
  const { field, descending } = parseSort(filter.sort);
  const page = keyset({
    key: field === 'number' ? stockCounts.number : stockCounts.plannedDate,
    id: stockCounts.id,
    descending,
    cursor: filter.cursor,
    keyType: field === 'number' ? 'text' : 'date',
  });
  const rows = await ctx.tx
    .select(listColumns)
    .from(stockCounts)
    .where(and(...conditions(ctx, filter), page.where))
    .orderBy(...page.orderBy)
    .limit(filter.limit + 1);
  return toPage(rows, filter.limit, (last) => [field === 'number' ? last.number : last.plannedDate, last.id]);
}

/** How many counts of the filters are in each state, for the kanban's columns. */
export function countStockCountsByState(ctx: TenantContext, filter: StockCountFilter) {
  return ctx.tx
    .select({ state: stockCounts.state, count: sql<number>`count(*)::int` })
    .from(stockCounts)
    .where(and(...conditions(ctx, filter)))
    .groupBy(stockCounts.state);
}

export function listAllStockCounts(ctx: TenantContext, filter: StockCountFilter, cap: number) {
  return ctx.tx
    .select(listColumns)
    .from(stockCounts)
    .where(and(...conditions(ctx, filter)))
    .orderBy(sql`${stockCounts.plannedDate} desc`, sql`${stockCounts.id} desc`)
    .limit(cap);
}
