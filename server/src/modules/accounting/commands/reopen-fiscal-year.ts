import { sql } from 'drizzle-orm';
import { queryRows, type TenantContext } from '../../../db/database.ts';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { InvalidTransition } from '../../../platform/errors.ts';
import { CLOSING_PERIOD_NO } from '../periods.ts';
import { lockYear } from './fiscal-year-rows.ts';
import { writePostedEntry } from './post-journal-entry.ts';

/**
 * Reopens a closed year: the closing entry is reversed in the closing period and the year opens;
 * its months stay closed until reopened one by one.
 */
export async function reopenFiscalYear(ctx: TenantContext, fiscalYearId: string) {
  const year = await lockYear(ctx, fiscalYearId);
  if (year.state !== 'closed') throw new InvalidTransition('fiscal year', year.state, 'reopen', ['close']);
  await ctx.tx.execute(
    sql`update accounting_periods set state = 'open', closed_at = null, closed_by = null
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
  await ctx.tx.execute(
    sql`update fiscal_years set state = 'open', closed_at = null, closed_by = null, closing_entry_id = null
        where tenant_id = ${ctx.tenantId} and id = ${year.id}`,
  );
  await recordAudit(ctx, {
    action: 'fiscal_year.reopened',
    entity: 'fiscal_year',
    entityId: year.id,
    after: { year: year.year, reversal: reversal?.number ?? null },
  });
  return { reversal };
}
