import { sql } from 'drizzle-orm';
import type { TenantContext } from '../../../db/database.ts';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { Conflict, InvalidTransition, NotFound } from '../../../platform/errors.ts';
import { CLOSING_PERIOD_NO, lockPeriod } from '../periods.ts';
import { periodName } from './fiscal-year-rows.ts';

/**
 * Closes a month: postings dated in it are refused from now on. Taking the period row for update
 * waits for postings in flight (they hold it for share).
 */
export async function closePeriod(ctx: TenantContext, periodId: string): Promise<void> {
  const period = await lockPeriod(ctx, periodId);
  if (!period) throw new NotFound('Period', periodId);
  if (period.period_no === CLOSING_PERIOD_NO) {
    throw new Conflict('closing_period', 'The closing period is closed by closing the fiscal year');
  }
  if (period.state !== 'open') throw new InvalidTransition('period', period.state, 'close', ['reopen']);
  await ctx.tx.execute(
    sql`update accounting_periods set state = 'closed', closed_at = now(), closed_by = ${ctx.actor.userId}
        where tenant_id = ${ctx.tenantId} and id = ${periodId}`,
  );
  await recordAudit(ctx, {
    action: 'period.closed',
    entity: 'accounting_period',
    entityId: periodId,
    after: { period: periodName(period) },
  });
}
