import { sql } from 'drizzle-orm';
import { queryRows, type TenantContext } from '../../../db/database.ts';
import { applyTransition } from '../../../platform/transition.ts';
import { fiscalYearFlow } from '../fiscal-year.workflow.ts';
import { periodFlow } from '../period.workflow.ts';
import { CLOSING_PERIOD_NO } from '../periods.ts';
import { lockYear } from './fiscal-year-rows.ts';
import { writePostedEntry } from './post-journal-entry.ts';

/**
 * Reopens a closed year: the closing entry is reversed in the closing period and the year opens;
 * its months stay closed until reopened one by one.
 */
export async function reopenFiscalYear(ctx: TenantContext, fiscalYearId: string) {
  const year = await lockYear(ctx, fiscalYearId);
  fiscalYearFlow.assert(year.state, 'reopen');
  await ctx.tx.execute(
    sql`update accounting_periods set state = ${periodFlow.transitions.reopen.to}, closed_at = null, closed_by = null
        where tenant_id = ${ctx.tenantId} and year = ${year.year} and period_no = ${CLOSING_PERIOD_NO}`,
  );
  let reversal: { id: string; number: string } | null = null;
  if (year.closing_entry_id) {
    const lines = await queryRows<{ account_id: string; debit: string; credit: string; memo: string | null }>(
      ctx.tx,
      sql`select account_id, debit::text, credit::text, memo from journal_lines
          where tenant_id = ${ctx.tenantId} and entry_id = ${year.closing_entry_id} order by line_no`,
    );
    reversal = await writePostedEntry(
      ctx,
      {
        entryDate: `${year.year}-12-31`,
        memo: `Reopening ${year.year}: reversal of the year-end closing`,
        source: { type: 'fiscal_year', id: year.id, number: String(year.year) },
        reversalOf: year.closing_entry_id,
        closing: true,
      },
      lines.map((l) => ({
        accountId: l.account_id,
        debit: l.credit,
        credit: l.debit,
        partnerId: null,
        memo: l.memo,
        costCenter: null,
      })),
    );
    await ctx.tx.execute(
      sql`update journal_entries set reversed_by = ${reversal.id}, updated_at = now()
          where tenant_id = ${ctx.tenantId} and id = ${year.closing_entry_id}`,
    );
  }
  await applyTransition(ctx, fiscalYearFlow, year, 'reopen', {
    set: sql`closed_at = null, closed_by = null, closing_entry_id = null`,
    audit: { year: year.year, reversal: reversal?.number ?? null },
  });
  return { reversal };
}
