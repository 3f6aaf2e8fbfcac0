import { sql } from 'drizzle-orm';
import type { TenantContext } from '../../../db/database.ts';
import { Conflict, NotFound } from '../../../platform/errors.ts';
import { applyTransition } from '../../../platform/transition.ts';
import { fiscalYearFlow } from '../fiscal-year.workflow.ts';
import { periodFlow } from '../period.workflow.ts';
import { CLOSING_PERIOD_NO, lockPeriod } from '../periods.ts';
import { periodName, yearState } from './fiscal-year-rows.ts';

export async function reopenPeriod(ctx: TenantContext, periodId: string): Promise<void> {
  const period = await lockPeriod(ctx, periodId);
  if (!period) throw new NotFound('Period', periodId);
  if (period.period_no === CLOSING_PERIOD_NO) {
    throw new Conflict('closing_period', 'The closing period is reopened by reopening the fiscal year');
  }
  periodFlow.assert(period.state, 'reopen');
  const year = await yearState(ctx, period.year);
  if (year?.state === fiscalYearFlow.transitions.close.to) {
    throw new Conflict('year_closed', `The fiscal year ${period.year} is closed; reopen the year first`, {
      year: period.year,
    });
  }
  await applyTransition(ctx, periodFlow, period, 'reopen', {
    set: sql`closed_at = null, closed_by = null`,
    audit: { period: periodName(period) },
  });
}
