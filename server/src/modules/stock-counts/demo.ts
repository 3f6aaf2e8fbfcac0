import type { TenantContext } from '../../db/database.ts';
import { monthOf } from '../dashboard/index.ts';
import { type DemoBusiness, type DemoHistory, demoCommands } from '../demo-history.ts';
import { warehouseStockLocation } from '../inventory/index.ts';
import { approveStockCount } from './commands/approve-stock-count.ts';
import { finishCounting } from './commands/finish-counting.ts';
import { postStockCount } from './commands/post-stock-count.ts';
import { type CountEntry, recordCounts } from './commands/record-counts.ts';
import { reviewStockCount } from './commands/review-stock-count.ts';
import { scheduleStockCount } from './commands/schedule-stock-count.ts';
import { startStockCount } from './commands/start-stock-count.ts';
import { countLines } from './queries/count-lines.ts';

const command = demoCommands({
  approveStockCount,
  finishCounting,
  postStockCount,
  recordCounts,
  reviewStockCount,
  scheduleStockCount,
  startStockCount,
  countLines,
  warehouseStockLocation,
});
// The demo owner manages counts.
const owner = { canManageCounts: true };

/**
 * The demo company's counts, made once the history is played: last month's count of the sweeteners
 * posted with a damaged item (its monthly successor is scheduled), the snacks counted and waiting
 * for review, and a blind count of the tea half counted today.
 */
async function countStock(ctx: TenantContext, demo: DemoBusiness): Promise<void> {
  const { warehouseId, stockLocationId } = await command.warehouseStockLocation(ctx, undefined);
  const category = (name: string) => demo.categoryIds.get(name)!;
  const posted = await command.scheduleStockCount(ctx, {
    warehouseId,
    categoryIds: [category('Sweeteners')],
    frequency: 'monthly',
    plannedDate: monthOf(demo.today, -1).from,
    teamUserIds: ctx.actor.userId ? [ctx.actor.userId] : [],
    note: 'Monthly count of the sweeteners shelf',
  });
  await command.startStockCount(ctx, posted);
  const entries: CountEntry[] = (await command.countLines(ctx, posted)).map((line) =>
    // Two pouches on the shelf are torn; what sits in quarantine is as recorded.
    line.sku === 'GULA-AREN-500' && line.locationId === stockLocationId
      ? { lineId: line.id, countedQuantity: String(Number(line.systemQuantity) - 2), reason: 'damage' }
      : { lineId: line.id, countedQuantity: line.systemQuantity },
  );
  await command.recordCounts(ctx, posted, entries, owner);
  await command.finishCounting(ctx, posted, owner);
  await command.reviewStockCount(ctx, posted);
  await command.approveStockCount(ctx, posted, { canApproveAboveThreshold: true });
  await command.postStockCount(ctx, posted);

  const counted = await command.scheduleStockCount(ctx, {
    warehouseId,
    categoryIds: [category('Snacks')],
    frequency: 'ad_hoc',
    plannedDate: demo.today,
  });
  await command.startStockCount(ctx, counted);
  const snacks = await command.countLines(ctx, counted);
  await command.recordCounts(
    ctx,
    counted,
    snacks.map((line) => ({ lineId: line.id, countedQuantity: line.systemQuantity })),
    owner,
  );
  await command.finishCounting(ctx, counted, owner);

  const counting = await command.scheduleStockCount(ctx, {
    warehouseId,
    categoryIds: [category('Tea')],
    frequency: 'ad_hoc',
    plannedDate: demo.today,
    blind: true,
  });
  await command.startStockCount(ctx, counting);
  const [first] = await command.countLines(ctx, counting);
  if (first)
    await command.recordCounts(ctx, counting, [{ lineId: first.id, countedQuantity: first.systemQuantity }], owner);
}

export const stockCountsDemoHistory: DemoHistory = { finish: countStock };
