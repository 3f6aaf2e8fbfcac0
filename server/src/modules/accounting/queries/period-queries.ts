import { sql } from 'drizzle-orm';
import { queryRows, type TenantContext } from '../../../db/database.ts';
import type { PeriodState } from '../schema.ts';
import { isoTime } from './sql.ts';

export interface FiscalYearView {
  id: string;
  year: number;
  state: PeriodState;
  closingEntryId: string | null;
  closedAt: string | null;
  periods: Array<{
    id: string;
    periodNo: number;
    startDate: string;
    endDate: string;
    state: PeriodState;
    closedAt: string | null;
    isClosingPeriod: boolean;
  }>;
}

/** Fiscal years, newest first, each with its periods (months, then the closing period). */
export async function listFiscalYears(ctx: TenantContext): Promise<FiscalYearView[]> {
  const years = await queryRows<Omit<FiscalYearView, 'periods'>>(
    ctx.tx,
    sql`select id, year, state, closing_entry_id as "closingEntryId", ${isoTime(sql`closed_at`)} as "closedAt"
        from fiscal_years where tenant_id = ${ctx.tenantId} order by year desc`,
  );
  const periods = await queryRows<FiscalYearView['periods'][number] & { fiscalYearId: string }>(
    ctx.tx,
    sql`select id, fiscal_year_id as "fiscalYearId", period_no as "periodNo", start_date::text as "startDate",
          end_date::text as "endDate", state, ${isoTime(sql`closed_at`)} as "closedAt", period_no = 13 as "isClosingPeriod"
        from accounting_periods where tenant_id = ${ctx.tenantId} order by year desc, period_no`,
  );
  return years.map((y) => ({
    ...y,
    periods: periods.filter((p) => p.fiscalYearId === y.id).map(({ fiscalYearId: _, ...p }) => p),
  }));
}
