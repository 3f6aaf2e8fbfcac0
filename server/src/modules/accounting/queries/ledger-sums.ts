import { type SQL, sql } from 'drizzle-orm';
import { queryRows, type TenantContext } from '../../../db/database.ts';
import { CLOSING_PERIOD_NO } from '../periods.ts';

export interface DateRange {
  /** First day included; null from the first posting on. */
  from: string | null;
  /** Last day included. */
  to: string;
  /** Whether the year-end closing entries dated inside the range count. */
  closing: boolean;
}

export interface AccountSums {
  account_id: string;
  debit: string;
  credit: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const monthEnd = (date: string) => {
  const [y, m] = [Number(date.slice(0, 4)), Number(date.slice(5, 7))];
  return `${date.slice(0, 7)}-${pad(new Date(Date.UTC(y, m, 0)).getUTCDate())}`;
};
const monthStart = (date: string) => `${date.slice(0, 7)}-01`;

/** The parts of a range that cover a month only in part: read from the lines, not the balances. */
export function edgeWindows(range: DateRange): Array<{ from: string; to: string }> {
  if (range.from !== null && range.from > range.to) return [];
  const windows: Array<{ from: string; to: string }> = [];
  const from = range.from;
  if (from !== null && from !== monthStart(from)) {
    windows.push({ from, to: monthEnd(from) < range.to ? monthEnd(from) : range.to });
  }
  if (range.to !== monthEnd(range.to)) {
    const start = from !== null && from > monthStart(range.to) ? from : monthStart(range.to);
    if (!windows.some((w) => w.from === start)) windows.push({ from: start, to: range.to });
  }
  return windows;
}

/**
 * Σ debit and Σ credit per account over a date range. Whole months come from the per-period
 * balances; only the days of a month cut by the range are read from the ledger, per account on
 * the (account, date) index. The cost depends on the number of accounts and periods, not lines.
 */
export async function sumsByAccount(
  ctx: TenantContext,
  range: DateRange,
  accountIds?: readonly string[],
): Promise<AccountSums[]> {
  if (range.from !== null && range.from > range.to) return [];
  const onlyAccounts = (column: SQL) =>
    accountIds ? sql`and ${column} = any(${sql.param([...accountIds])}::uuid[])` : sql``;
  const fromDate = range.from ?? '0001-01-01';
  const parts: SQL[] = [
    sql`select b.account_id, b.debit, b.credit
        from accounting_periods p
        join account_period_balances b on b.tenant_id = p.tenant_id and b.period_id = p.id
        where p.tenant_id = ${ctx.tenantId} and p.start_date >= ${fromDate}::date and p.end_date <= ${range.to}::date
          and (p.period_no < ${CLOSING_PERIOD_NO} or ${range.closing}::boolean) ${onlyAccounts(sql`b.account_id`)}`,
  ];
  for (const window of edgeWindows(range)) {
    parts.push(
      sql`select a.id, s.debit, s.credit
          from accounts a
          cross join lateral (
            select coalesce(sum(l.debit), 0) as debit, coalesce(sum(l.credit), 0) as credit
            from journal_lines l
            where l.tenant_id = a.tenant_id and l.account_id = a.id
              and l.entry_date between ${window.from}::date and ${window.to}::date
              and l.period_id = (select id from accounting_periods where tenant_id = ${ctx.tenantId}
                                 and year = ${Number(window.from.slice(0, 4))}::int
                                 and period_no = ${Number(window.from.slice(5, 7))}::int)
          ) s
          where a.tenant_id = ${ctx.tenantId} and not a.is_group ${onlyAccounts(sql`a.id`)}`,
    );
  }
  return queryRows<AccountSums>(
    ctx.tx,
    sql`select account_id, sum(debit)::text as debit, sum(credit)::text as credit
        from (${sql.join(parts, sql` union all `)}) s(account_id, debit, credit)
        group by account_id having sum(debit) <> 0 or sum(credit) <> 0`,
  );
}
