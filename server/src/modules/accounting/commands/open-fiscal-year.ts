import type { TenantContext } from '../../../db/database.ts';
import { ensureYearPeriods } from '../periods.ts';
import { yearState } from './fiscal-year-rows.ts';

/** Creates a year's months (open) ahead of use, so they can be listed and closed. */
export async function openFiscalYear(ctx: TenantContext, year: number): Promise<string> {
  await ensureYearPeriods(ctx, year);
  return (await yearState(ctx, year))!.id;
}
