import { sql } from 'drizzle-orm';
import { queryOne, type TenantContext } from '../../../db/database.ts';
import { NotFound } from '../../../platform/errors.ts';
import { ensureYearPeriods } from '../periods.ts';
import type { PeriodState } from '../schema.ts';

interface YearRow {
  id: string;
  year: number;
  state: PeriodState;
  closing_entry_id: string | null;
}

export const periodName = (p: { year: number; period_no: number }) =>
  `${p.year}-${String(p.period_no).padStart(2, '0')}`;

export async function yearState(ctx: TenantContext, year: number): Promise<YearRow | undefined> {
  return queryOne<YearRow>(
    ctx.tx,
    sql`select id, year, state, closing_entry_id from fiscal_years where tenant_id = ${ctx.tenantId} and year = ${year}`,
  );
}

/** Locks a year and all its periods, in period order, so no posting runs while it changes. */
export async function lockYear(ctx: TenantContext, fiscalYearId: string): Promise<YearRow> {
  const year = await queryOne<YearRow>(
    ctx.tx,
    sql`select id, year, state, closing_entry_id from fiscal_years
        where tenant_id = ${ctx.tenantId} and id = ${fiscalYearId} for update`,
  );
  if (!year) throw new NotFound('Fiscal year', fiscalYearId);
  await ensureYearPeriods(ctx, year.year);
  await ctx.tx.execute(
    sql`select id from accounting_periods where tenant_id = ${ctx.tenantId} and year = ${year.year}
        order by period_no for update`,
  );
  return year;
}
