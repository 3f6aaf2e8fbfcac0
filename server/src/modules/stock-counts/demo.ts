import type { TenantContext } from '../../db/database.ts';
import { warehouseStockLocation } from '../inventory/index.ts';
import { approveStockCount } from './commands/approve-stock-count.ts';
import { finishCounting } from './commands/finish-counting.ts';
import { postStockCount } from './commands/post-stock-count.ts';
import { type CountEntry, recordCounts } from './commands/record-counts.ts';
import { reviewStockCount } from './commands/review-stock-count.ts';
import { scheduleStockCount } from './commands/schedule-stock-count.ts';
import { startStockCount } from './commands/start-stock-count.ts';
import { countLines } from './queries/count-lines.ts';

/**
 * The demo company's counts: last month's count of one category posted with a damaged item (its
 * monthly successor is scheduled), and a blind count of another category half counted.
 */
export async function seedStockCountDemo(
  ctx: TenantContext,
  demo: { postedCategoryId: string; damagedSku: string; countingCategoryId: string; plannedOn: string; today: string },
): Promise<void> {
  // The demo owner manages counts.
  const owner = { canManageCounts: true };
  const { warehouseId } = await warehouseStockLocation(ctx, undefined);
  const posted = await scheduleStockCount(ctx, {
    warehouseId,
    categoryIds: [demo.postedCategoryId],
    frequency: 'monthly',
    plannedDate: demo.plannedOn,
    teamUserIds: ctx.actor.userId ? [ctx.actor.userId] : [],
    note: 'Monthly count of the sweeteners shelf',
  });
  await startStockCount(ctx, posted);
  const entries: CountEntry[] = (await countLines(ctx, posted)).map((line) =>
    line.sku === demo.damagedSku
      ? { lineId: line.id, countedQuantity: String(Number(line.systemQuantity) - 2), reason: 'damage' }
      : { lineId: line.id, countedQuantity: line.systemQuantity },
  );
  await recordCounts(ctx, posted, entries, owner);
  await finishCounting(ctx, posted, owner);
  await reviewStockCount(ctx, posted);
  await approveStockCount(ctx, posted, { canApproveAboveThreshold: true });
  await postStockCount(ctx, posted);

  const counting = await scheduleStockCount(ctx, {
    warehouseId,
    categoryIds: [demo.countingCategoryId],
    frequency: 'ad_hoc',
    plannedDate: demo.today,
    blind: true,
  });
  await startStockCount(ctx, counting);
  const [first] = await countLines(ctx, counting);
  if (first) await recordCounts(ctx, counting, [{ lineId: first.id, countedQuantity: first.systemQuantity }], owner);
}
