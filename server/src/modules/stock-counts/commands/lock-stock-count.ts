import type { TenantContext } from '../../../db/database.ts';
import { NotFound } from '../../../platform/errors.ts';
import { NotOnCountTeam } from '../errors.ts';
import { findCount, type StockCountRow } from '../queries/stock-count-queries.ts';
import { type StockCountAction, stockCountFlow } from '../stock-count.workflow.ts';

/**
 * The count, locked for the rest of the transaction, in a state that allows `action` (404 for
 * another company's id, 409 naming the state otherwise). Simultaneous requests queue on the
 * lock, and the second one finds the state the first one left.
 */
export async function countFor(ctx: TenantContext, id: string, action: StockCountAction): Promise<StockCountRow> {
  const count = await findCount(ctx, id, true);
  if (!count) throw new NotFound('Stock count', id);
  stockCountFlow.assert(count.state, action);
  return count;
}

/** Who records counts: the count's team when it has one, and anyone who manages counts. */
export interface Counter {
  canManageCounts: boolean;
}

/** Refuses (403) a user who is not on the count's team, when it has one, unless they manage counts. */
export function assertMayCount(ctx: TenantContext, count: StockCountRow, counter: Counter): void {
  if (count.teamUserIds.length === 0 || counter.canManageCounts) return;
  if (!ctx.actor.userId || !count.teamUserIds.includes(ctx.actor.userId)) throw new NotOnCountTeam(count.number);
}
