import { type SQL, sql } from 'drizzle-orm';
import { queryOne, type TenantContext } from '../../../db/database.ts';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { NotFound } from '../../../platform/errors.ts';
import { NotOnCountTeam } from '../errors.ts';
import { findCount, type StockCountRow } from '../queries/stock-count-queries.ts';
import {
  type StockCountAction,
  type StockCountTransition,
  stockCountFlow,
  transitionStamps,
} from '../stock-count.workflow.ts';

const refusals: Record<StockCountAction, (state: string) => string> = {
  start: (s) => `Only scheduled counts can be started; this count is ${s}`,
  record: (s) => `Counted quantities can be recorded only while counting; this count is ${s}`,
  finish: (s) => `Counting can be finished only while counting; this count is ${s}`,
  review: (s) => `Only counted counts can be reviewed; this count is ${s}`,
  approve: (s) => `Only reviewed counts can be approved; this count is ${s}`,
  reject: (s) => `Only counted, reviewed or approved counts can be rejected; this count is ${s}`,
  post: (s) => `Only approved counts can be posted; this count is ${s}`,
  cancel: (s) => `Only counts not yet posted can be cancelled; this count is ${s}`,
};

const auditActions: Record<StockCountTransition, string> = {
  start: 'stock_count.started',
  finish: 'stock_count.counting_finished',
  review: 'stock_count.reviewed',
  approve: 'stock_count.approved',
  reject: 'stock_count.rejected',
  post: 'stock_count.posted',
  cancel: 'stock_count.cancelled',
};

/**
 * The count, locked for the rest of the transaction, in a state that allows `action` (404 for
 * another company's id, 409 naming the state otherwise). Simultaneous requests queue on the
 * lock, and the second one finds the state the first one left.
 */
export async function countFor(ctx: TenantContext, id: string, action: StockCountAction): Promise<StockCountRow> {
  const count = await findCount(ctx, id, true);
  if (!count) throw new NotFound('Stock count', id);
  stockCountFlow.assert(count.state, action, refusals[action](count.state));
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

/**
 * Moves the count to the state after `action`, stamping who and when, with a conditional update
 * (only from the state it was read in) so a transition happens once; audits it.
 */
export async function applyTransition(
  ctx: TenantContext,
  count: StockCountRow,
  action: StockCountTransition,
  options: { set?: SQL; audit?: Record<string, unknown> } = {},
): Promise<void> {
  const to = stockCountFlow.transitions[action].to;
  const stamp = transitionStamps[action];
  const changed = await queryOne<{ id: string }>(
    ctx.tx,
    sql`update stock_counts
        set state = ${to}, ${sql.raw(stamp.at)} = now(), ${sql.raw(stamp.by)} = ${ctx.actor.userId}, updated_at = now()
            ${options.set ? sql`, ${options.set}` : sql``}
        where tenant_id = ${ctx.tenantId} and id = ${count.id} and state = ${count.state}
        returning id`,
  );
  if (!changed) {
    const current = (await findCount(ctx, count.id))!.state;
    stockCountFlow.assert(current, action, refusals[action](current));
    throw new Error(`Stock count ${count.id} is ${current}, which allows ${action}, yet it did not change`);
  }
  await recordAudit(ctx, {
    action: auditActions[action],
    entity: 'stock_count',
    entityId: count.id,
    before: { state: count.state },
    after: { state: to, ...options.audit },
  });
}
