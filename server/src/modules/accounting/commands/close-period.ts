import type { TenantContext } from '../../../db/database.ts';
import { Conflict, NotFound } from '../../../platform/errors.ts';
import { applyTransition } from '../../../platform/transition.ts';
import { periodFlow } from '../period.workflow.ts';
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
  await applyTransition(ctx, periodFlow, period, 'close', { audit: { period: periodName(period) } });
}
