import { sql } from 'drizzle-orm';
import { queryOne, type TenantContext } from '../../db/database.ts';
import { PeriodClosed } from './errors.ts';
import { openPeriodStates } from './period.workflow.ts';
import type { PeriodState } from './schema.ts';

export const CLOSING_PERIOD_NO = 13;

export interface PeriodRow {
  id: string;
  year: number;
  period_no: number;
  start_date: string;
  end_date: string;
  state: PeriodState;
}

/**
 * Creates a fiscal year with all its periods on its first use, so every month can be listed and
 * closed; periods missing from a closed year come closed.
 */
async function createYear(ctx: TenantContext, year: number): Promise<void> {
  await ctx.tx.execute(
    sql`with year_row as (
          insert into fiscal_years (tenant_id, id, year, start_date, end_date)
          values (${ctx.tenantId}, uuid_v7(), ${year}, ${`${year}-01-01`}, ${`${year}-12-31`})
          on conflict (tenant_id, year) do update set year = excluded.year
          returning id, state
        )
        insert into accounting_periods (tenant_id, id, fiscal_year_id, year, period_no, start_date, end_date, state)
        select ${ctx.tenantId}::uuid, uuid_v7(), y.id, ${year}::int, n,
               case when n = ${CLOSING_PERIOD_NO} then make_date(${year}::int, 12, 31) else make_date(${year}::int, n, 1) end,
               case when n = ${CLOSING_PERIOD_NO} then make_date(${year}::int, 12, 31)
                    else (make_date(${year}::int, n, 1) + interval '1 month - 1 day')::date end,
               y.state
        from year_row y cross join generate_series(1, ${CLOSING_PERIOD_NO}::int) n
        on conflict (tenant_id, year, period_no) do nothing`,
  );
}

/**
 * The period a posting dated `date` falls into (or the year's closing period), share-locked
 * until commit so that closing it waits for postings in flight and later ones see it closed.
 * Refuses a closed period with 409 `period_closed`.
 */
export async function openPeriodFor(ctx: TenantContext, date: string, closing = false): Promise<PeriodRow> {
  const year = Number(date.slice(0, 4));
  const periodNo = closing ? CLOSING_PERIOD_NO : Number(date.slice(5, 7));
  const find = () =>
    ctx.prepared<PeriodRow>(
      'accounting.period_for_posting',
      sql`select id, year, period_no, start_date::text, end_date::text, state from accounting_periods
          where tenant_id = ${ctx.tenantId} and year = ${year} and period_no = ${periodNo} for share`,
    );
  let [period] = await find();
  if (!period) {
    await createYear(ctx, year);
    [period] = await find();
  }
  if (!openPeriodStates.includes(period!.state)) throw new PeriodClosed(period!, date);
  return period!;
}

/** A period by id, locked for a state change. */
export function lockPeriod(ctx: TenantContext, id: string): Promise<PeriodRow | undefined> {
  return queryOne<PeriodRow>(
    ctx.tx,
    sql`select id, year, period_no, start_date::text, end_date::text, state from accounting_periods
        where tenant_id = ${ctx.tenantId} and id = ${id} for update`,
  );
}

/** Makes sure all twelve months and the closing period of a year exist, e.g. before closing it. */
export const ensureYearPeriods = createYear;
