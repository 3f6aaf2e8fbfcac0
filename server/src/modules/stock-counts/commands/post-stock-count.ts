import { sql } from 'drizzle-orm';
import type { TenantContext } from '../../../db/database.ts';
import { AppError } from '../../../platform/errors.ts';
import { Exact } from '../../../platform/money.ts';
import { companyCurrency, companyToday } from '../../../platform/tenancy/company-calendar.ts';
import { applyTransition } from '../../../platform/transition.ts';
import { postAdjustment, stockLevelsOf } from '../../inventory/index.ts';
import { CountExceedsStock, type NegativeLine } from '../errors.ts';
import { countLines, matchLine, type StockCountLineRow } from '../queries/count-lines.ts';
import type { StockCountRow } from '../queries/stock-count-queries.ts';
import type { CountFrequency } from '../schema.ts';
import { stockCountFlow } from '../stock-count.workflow.ts';
import { countFor } from './lock-stock-count.ts';
import { scheduleStockCount } from './schedule-stock-count.ts';

interface Variance {
  line: StockCountLineRow;
  change: Exact;
}

/**
 * Stock may have left a location since the snapshot (a delivery while people counted): a loss
 * that takes more than is there now, or than is free of reservations, is refused for the lines
 * concerned. The balances stay locked, in the stock commands' order, until the adjustment posts.
 */
async function assertStockCovers(ctx: TenantContext, variances: readonly Variance[]): Promise<void> {
  const levels = await stockLevelsOf(
    ctx,
    variances.map(({ line }) => ({ productId: line.productId, locationId: line.locationId, lotId: line.lotId })),
    true,
  );
  const key = (k: { productId: string; locationId: string; lotId: string | null }) =>
    `${k.productId}|${k.locationId}|${k.lotId ?? ''}`;
  const free = new Map(levels.map((l) => [key(l), new Exact(l.onHand).minus(l.reserved)]));
  const short: NegativeLine[] = variances
    .filter(({ line, change }) => change.lt(0) && (free.get(key(line)) ?? new Exact(0)).plus(change).lt(0))
    .map(({ line, change }) => ({
      lineNo: line.lineNo,
      sku: line.sku,
      locationCode: line.locationCode,
      lotNumber: line.lotNumber,
      available: (free.get(key(line)) ?? new Exact(0)).toFixed(),
      change: change.toFixed(),
    }));
  if (short.length > 0) throw new CountExceedsStock(short);
}

const nextDate: Record<Exclude<CountFrequency, 'ad_hoc'>, (d: Date) => void> = {
  daily: (d) => d.setUTCDate(d.getUTCDate() + 1),
  weekly: (d) => d.setUTCDate(d.getUTCDate() + 7),
  monthly: (d) => d.setUTCMonth(d.getUTCMonth() + 1),
  quarterly: (d) => d.setUTCMonth(d.getUTCMonth() + 3),
  yearly: (d) => d.setUTCFullYear(d.getUTCFullYear() + 1),
};

/**
 * A recurring count schedules its next one, one period after its own planned date. When its
 * scope no longer exists as it was (a location deactivated, a member gone) nothing is scheduled:
 * the posting stands, and the next count is scheduled by hand.
 */
async function scheduleNext(ctx: TenantContext, count: StockCountRow): Promise<string | null> {
  if (count.frequency === 'ad_hoc') return null;
  const date = new Date(`${count.plannedDate}T00:00:00Z`);
  nextDate[count.frequency](date);
  const next = scheduleStockCount(ctx, {
    warehouseId: count.warehouseId,
    zoneIds: count.zoneIds,
    locationIds: count.locationIds,
    categoryIds: count.categoryIds,
    frequency: count.frequency,
    plannedDate: date.toISOString().slice(0, 10),
    blind: count.blind,
    teamUserIds: count.teamUserIds,
    note: count.note ?? undefined,
  });
  return next.catch((error: unknown) => {
    if (error instanceof AppError && error.status === 400) return null;
    throw error;
  });
}

/**
 * Approved → posted: one stock adjustment (reason `stock_count`) that changes each line's balance
 * by counted − snapshot, so moves made while counting stay in the on-hand figure. Lines without a
 * variance post nothing; a count without variances posts no adjustment.
 */
export async function postStockCount(ctx: TenantContext, id: string): Promise<{ nextCountId: string | null }> {
  const count = await countFor(ctx, id, 'post');
  const currency = await companyCurrency(ctx);
  const variances = (await countLines(ctx, id))
    .map((line) => ({ line, change: matchLine(line, currency).variance! }))
    .filter(({ change }) => !change.isZero());
  let adjustmentId: string | null = null;
  if (variances.length > 0) {
    await assertStockCovers(ctx, variances);
    const { adjustment } = await postAdjustment(
      ctx,
      {
        warehouseId: count.warehouseId,
        reason: 'stock_count',
        note: `Stock count ${count.number}`,
        adjustedOn: await companyToday(ctx),
        lines: variances.map(({ line, change }) => ({
          productId: line.productId,
          locationId: line.locationId,
          lotId: line.lotId ?? undefined,
          reason: line.reason ?? undefined,
          quantityChange: change.toFixed(),
          unitCost: line.unitCost,
        })),
      },
      'count',
    );
    adjustmentId = adjustment.id;
  }
  await applyTransition(ctx, stockCountFlow, count, 'post', {
    set: sql`adjustment_id = ${adjustmentId}`,
    audit: { adjustmentId, lines: variances.length },
  });
  return { nextCountId: await scheduleNext(ctx, count) };
}
