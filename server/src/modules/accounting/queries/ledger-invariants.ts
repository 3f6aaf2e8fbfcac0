import { sql } from 'drizzle-orm';
import { type Orm, queryRows } from '../../../db/database.ts';
import { postedEntryState } from '../journal-entry.workflow.ts';

/**
 * SPEC §6 invariants 3 and 10 on the ledger, checked with SQL over a whole database (as the
 * owner, all companies): every posted entry balances and has lines, only posted entries have
 * lines, lines carry their entry's date and period, each company's trial balance is zero, and the
 * per-period and per-partner balances equal the sums of the lines. Empty when all hold.
 */
export async function ledgerInvariantViolations(orm: Orm): Promise<string[]> {
  const rows = await queryRows<{ problem: string }>(
    orm,
    sql`with entry_sums as (
          select tenant_id, entry_id, sum(debit) as debit, sum(credit) as credit, count(*) as lines
          from journal_lines group by tenant_id, entry_id
        ), period_sums as (
          select tenant_id, account_id, period_id, sum(debit) as debit, sum(credit) as credit
          from journal_lines group by tenant_id, account_id, period_id
        ), partner_sums as (
          select tenant_id, account_id, partner_id, sum(debit) as debit, sum(credit) as credit
          from journal_lines where partner_id is not null group by tenant_id, account_id, partner_id
        )
        select format('entry %s (%s) does not balance: debit %s, credit %s, %s lines', e.number, e.id,
                      coalesce(s.debit, 0), coalesce(s.credit, 0), coalesce(s.lines, 0)) as problem
        from journal_entries e left join entry_sums s on s.tenant_id = e.tenant_id and s.entry_id = e.id
        where e.state = ${postedEntryState} and (s.lines is null or s.lines < 2 or s.debit <> s.credit or s.debit <> e.total)
        union all
        select format('draft entry %s has ledger lines', e.id)
        from journal_entries e join entry_sums s on s.tenant_id = e.tenant_id and s.entry_id = e.id
        where e.state <> ${postedEntryState}
        union all
        select format('line %s differs from its entry %s in date or period', l.id, e.number)
        from journal_lines l join journal_entries e on e.tenant_id = l.tenant_id and e.id = l.entry_id
        where l.entry_date <> e.entry_date or l.period_id <> e.period_id
        union all
        select format('trial balance of company %s is %s, not zero', tenant_id, sum(debit) - sum(credit))
        from journal_lines group by tenant_id having sum(debit) <> sum(credit)
        union all
        select format('period balance of account %s in period %s is %s/%s, lines say %s/%s',
                      coalesce(b.account_id, s.account_id), coalesce(b.period_id, s.period_id),
                      b.debit, b.credit, s.debit, s.credit)
        from account_period_balances b
        full join period_sums s on s.tenant_id = b.tenant_id and s.account_id = b.account_id and s.period_id = b.period_id
        where coalesce(b.debit, 0) <> coalesce(s.debit, 0) or coalesce(b.credit, 0) <> coalesce(s.credit, 0)
        union all
        select format('partner balance of %s on account %s is %s/%s, lines say %s/%s',
                      coalesce(b.partner_id, s.partner_id), coalesce(b.account_id, s.account_id),
                      b.debit, b.credit, s.debit, s.credit)
        from partner_account_balances b
        full join partner_sums s on s.tenant_id = b.tenant_id and s.account_id = b.account_id and s.partner_id = b.partner_id
        where coalesce(b.debit, 0) <> coalesce(s.debit, 0) or coalesce(b.credit, 0) <> coalesce(s.credit, 0)`,
  );
  return rows.map((r) => r.problem);
}
