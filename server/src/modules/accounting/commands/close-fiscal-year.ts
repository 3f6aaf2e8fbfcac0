import { sql } from 'drizzle-orm';
import { queryRows, type TenantContext } from '../../../db/database.ts';
import { Exact } from '../../../platform/money.ts';
import { applyTransition } from '../../../platform/transition.ts';
import { fiscalYearFlow } from '../fiscal-year.workflow.ts';
import { periodFlow } from '../period.workflow.ts';
import { CLOSING_PERIOD_NO } from '../periods.ts';
import { resolveAccountId } from '../queries/balances.ts';
import { lockYear } from './fiscal-year-rows.ts';
import { type LedgerLine, writePostedEntry } from './post-journal-entry.ts';

/**
 * Year-end close: one closing entry, dated the last day of the year in the closing period, brings
 * every income and expense account of the year's months to zero against retained earnings; then
 * every period of the year and the year itself are closed.
 */
export async function closeFiscalYear(ctx: TenantContext, fiscalYearId: string) {
  const year = await lockYear(ctx, fiscalYearId);
  fiscalYearFlow.assert(year.state, 'close');
  const balances = await queryRows<{ account_id: string; balance: string }>(
    ctx.tx,
    sql`select b.account_id, (sum(b.debit) - sum(b.credit))::text as balance
        from account_period_balances b
        join accounting_periods p on p.tenant_id = b.tenant_id and p.id = b.period_id
        join accounts a on a.tenant_id = b.tenant_id and a.id = b.account_id
        where b.tenant_id = ${ctx.tenantId} and p.year = ${year.year} and p.period_no < ${CLOSING_PERIOD_NO}
          and a.type in ('income', 'expense')
        group by b.account_id having sum(b.debit) <> sum(b.credit) order by b.account_id`,
  );
  let closingEntry: { id: string; number: string } | null = null;
  if (balances.length > 0) {
    const lines: LedgerLine[] = balances.map((b) => {
      const balance = new Exact(b.balance);
      return {
        accountId: b.account_id,
        debit: balance.lt(0) ? balance.neg().toFixed() : '0',
        credit: balance.gt(0) ? balance.toFixed() : '0',
        partnerId: null,
        memo: null,
        costCenter: null,
      };
    });
    const profit = balances.reduce((sum, b) => sum.minus(b.balance), new Exact(0));
    if (!profit.isZero()) {
      lines.push({
        accountId: await resolveAccountId(ctx, 'retained_earnings'),
        debit: profit.lt(0) ? profit.neg().toFixed() : '0',
        credit: profit.gt(0) ? profit.toFixed() : '0',
        partnerId: null,
        memo: `Result of ${year.year}`,
        costCenter: null,
      });
    }
    closingEntry = await writePostedEntry(
      ctx,
      {
        entryDate: `${year.year}-12-31`,
        memo: `Year-end closing ${year.year}`,
        source: { type: 'fiscal_year', id: year.id, number: String(year.year) },
        closing: true,
      },
      lines,
    );
  }
  await ctx.tx.execute(
    sql`update accounting_periods set state = ${periodFlow.transitions.close.to}, closed_at = coalesce(closed_at, now()),
          closed_by = coalesce(closed_by, ${ctx.actor.userId}::uuid)
        where tenant_id = ${ctx.tenantId} and year = ${year.year}`,
  );
  await applyTransition(ctx, fiscalYearFlow, year, 'close', {
    set: sql`closing_entry_id = ${closingEntry?.id ?? null}`,
    audit: { year: year.year, closingEntry: closingEntry?.number ?? null },
  });
  return { closingEntry };
}
