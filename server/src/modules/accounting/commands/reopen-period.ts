import { sql } from 'drizzle-orm';
import type { TenantContext } from '../../../db/database.ts';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { Conflict, InvalidTransition, NotFound } from '../../../platform/errors.ts';
import { CLOSING_PERIOD_NO, lockPeriod } from '../periods.ts';
import { periodName, yearState } from './fiscal-year-rows.ts';

export async function reopenPeriod(ctx: TenantContext, periodId: string): Promise<void> {
  const period = await lockPeriod(ctx, periodId);
  if (!period) throw new NotFound('Period', periodId);
  if (period.period_no === CLOSING_PERIOD_NO) {
    throw new Conflict('closing_period', 'The closing period is reopened by reopening the fiscal year');
  }
  if (period.state !== 'closed') throw new InvalidTransition('period', period.state, 'reopen', ['close']);
  const year = await yearState(ctx, period.year);
  if (year?.state === 'closed') {
    throw new Conflict('year_closed', `The fiscal year ${period.year} is closed; reopen the year first`, {
      year: period.year,
    });
  }
  await ctx.tx.execute(
    sql`update accounting_periods set state = 'open', closed_at = null, closed_by = null
        where tenant_id = ${ctx.tenantId} and id = ${periodId}`,
  );
  await recordAudit(ctx, {
    action: 'period.reopened',
    entity: 'accounting_period',
    entityId: periodId,
    after: { period: periodName(period) },
  });
}
