import { sql } from 'drizzle-orm';
import { queryRows, type TenantContext } from '../../../db/database.ts';
import { Exact } from '../../../platform/money.ts';
import type { AccountType, CashFlowActivity, NormalSide } from '../schema.ts';
import { type AccountSums, sumsByAccount } from './ledger-sums.ts';

interface ChartAccount {
  id: string;
  code: string;
  name: string;
  type: AccountType;
  normalSide: NormalSide;
  parentId: string | null;
  cashFlowActivity: CashFlowActivity | null;
}

/** The chart, for naming and grouping report rows (a few hundred rows at most). */
async function chart(ctx: TenantContext): Promise<Map<string, ChartAccount>> {
  const rows = await queryRows<ChartAccount>(
    ctx.tx,
    sql`select id, code, name, type, normal_side as "normalSide", parent_id as "parentId",
          cash_flow_activity as "cashFlowActivity"
        from accounts where tenant_id = ${ctx.tenantId}`,
  );
  return new Map(rows.map((r) => [r.id, r]));
}

export function dayBefore(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

const net = (s: AccountSums | undefined) => (s ? new Exact(s.debit).minus(s.credit) : new Exact(0));
const byCode = (a: { code: string }, b: { code: string }) => a.code.localeCompare(b.code);
const sides = (amount: Exact) => ({
  debit: amount.gt(0) ? amount.toFixed() : '0',
  credit: amount.lt(0) ? amount.neg().toFixed() : '0',
});
const isBalanceSheet = (type: AccountType) => type === 'asset' || type === 'liability' || type === 'equity';

/** Opening balance, movements and closing balance of every account with any, for a date range. */
export async function trialBalance(ctx: TenantContext, range: { from: string; to: string }) {
  const accounts = await chart(ctx);
  const opening = new Map(
    (await sumsByAccount(ctx, { from: null, to: dayBefore(range.from), closing: true })).map((s) => [s.account_id, s]),
  );
  const movement = new Map(
    (await sumsByAccount(ctx, { from: range.from, to: range.to, closing: true })).map((s) => [s.account_id, s]),
  );
  const totals = { openingDebit: new Exact(0), openingCredit: new Exact(0), debit: new Exact(0), credit: new Exact(0) };
  const rows = [...new Set([...opening.keys(), ...movement.keys()])]
    .filter((id) => movement.has(id) || !net(opening.get(id)).isZero())
    .map((id) => {
      const account = accounts.get(id)!;
      const open = net(opening.get(id));
      const moved = movement.get(id);
      const close = open.plus(net(moved));
      const o = sides(open);
      const c = sides(close);
      totals.openingDebit = totals.openingDebit.plus(o.debit);
      totals.openingCredit = totals.openingCredit.plus(o.credit);
      totals.debit = totals.debit.plus(moved?.debit ?? 0);
      totals.credit = totals.credit.plus(moved?.credit ?? 0);
      return {
        accountId: id,
        code: account.code,
        name: account.name,
        type: account.type,
        openingDebit: o.debit,
        openingCredit: o.credit,
        debit: new Exact(moved?.debit ?? 0).toFixed(),
        credit: new Exact(moved?.credit ?? 0).toFixed(),
        closingDebit: c.debit,
        closingCredit: c.credit,
      };
    })
    .sort(byCode);
  const closingDebit = rows.reduce((s, r) => s.plus(r.closingDebit), new Exact(0));
  const closingCredit = rows.reduce((s, r) => s.plus(r.closingCredit), new Exact(0));
  return {
    from: range.from,
    to: range.to,
    rows,
    totals: {
      openingDebit: totals.openingDebit.toFixed(),
      openingCredit: totals.openingCredit.toFixed(),
      debit: totals.debit.toFixed(),
      credit: totals.credit.toFixed(),
      closingDebit: closingDebit.toFixed(),
      closingCredit: closingCredit.toFixed(),
    },
    balanced: closingDebit.eq(closingCredit) && totals.debit.eq(totals.credit),
  };
}

/** The top-level group an account sits under (itself when it has no parent). */
function rootOf(accounts: Map<string, ChartAccount>, account: ChartAccount): ChartAccount {
  let current = account;
  while (current.parentId && accounts.has(current.parentId)) current = accounts.get(current.parentId)!;
  return current;
}

interface StatementRow {
  accountId: string;
  code: string;
  name: string;
  amount: string;
}

interface Section {
  code: string;
  name: string;
  type: AccountType;
  rows: StatementRow[];
  total: string;
}

/** Accounts grouped under their top-level groups; amounts on the side the section reads positive. */
function sections(
  accounts: Map<string, ChartAccount>,
  sums: AccountSums[],
  include: (type: AccountType) => boolean,
): Section[] {
  const grouped = new Map<string, { root: ChartAccount; rows: Array<StatementRow & { value: Exact }> }>();
  for (const s of sums) {
    const account = accounts.get(s.account_id)!;
    if (!include(account.type)) continue;
    const root = rootOf(accounts, account);
    const positiveOnDebit = root.type === 'asset' || root.type === 'expense';
    const value = positiveOnDebit ? net(s) : net(s).neg();
    if (value.isZero()) continue;
    const group = grouped.get(root.id) ?? { root, rows: [] };
    grouped.set(root.id, group);
    group.rows.push({ accountId: account.id, code: account.code, name: account.name, amount: value.toFixed(), value });
  }
  return [...grouped.values()]
    .sort((a, b) => byCode(a.root, b.root))
    .map(({ root, rows }) => ({
      code: root.code,
      name: root.name,
      type: root.type,
      rows: rows.sort(byCode).map(({ value: _, ...row }) => row),
      total: rows.reduce((s, r) => s.plus(r.value), new Exact(0)).toFixed(),
    }));
}

const sumOf = (list: Section[], type: AccountType) =>
  list.filter((s) => s.type === type).reduce((sum, s) => sum.plus(s.total), new Exact(0));

/** Income and expenses of a date range (closing entries left out), grouped by the chart's top-level groups. */
export async function profitAndLoss(ctx: TenantContext, range: { from: string; to: string }) {
  const accounts = await chart(ctx);
  const sums = await sumsByAccount(ctx, { from: range.from, to: range.to, closing: false });
  const list = sections(accounts, sums, (type) => type === 'income' || type === 'expense');
  const income = sumOf(list, 'income');
  const expense = sumOf(list, 'expense');
  return {
    from: range.from,
    to: range.to,
    sections: list,
    totalIncome: income.toFixed(),
    totalExpense: expense.toFixed(),
    netIncome: income.minus(expense).toFixed(),
  };
}

/** Assets, liabilities and equity as of a day; earnings not yet closed into retained earnings are shown apart. */
export async function balanceSheet(ctx: TenantContext, asOf: string) {
  const accounts = await chart(ctx);
  const sums = await sumsByAccount(ctx, { from: null, to: asOf, closing: true });
  const list = sections(accounts, sums, isBalanceSheet);
  const unclosed = sums
    .filter((s) => !isBalanceSheet(accounts.get(s.account_id)!.type))
    .reduce((sum, s) => sum.minus(net(s)), new Exact(0));
  const assets = sumOf(list, 'asset');
  const liabilities = sumOf(list, 'liability');
  const equity = sumOf(list, 'equity').plus(unclosed);
  return {
    asOf,
    sections: list,
    currentEarnings: unclosed.toFixed(),
    totalAssets: assets.toFixed(),
    totalLiabilities: liabilities.toFixed(),
    totalEquity: equity.toFixed(),
    totalLiabilitiesAndEquity: liabilities.plus(equity).toFixed(),
    balanced: assets.eq(liabilities.plus(equity)),
  };
}

/** Net income per month of a range of whole months, from the per-period balances (for a chart). */
export async function monthlyProfitAndLoss(ctx: TenantContext, range: { from: string; to: string }) {
  const rows = await queryRows<{ year: number; period_no: number; income: string; expense: string }>(
    ctx.tx,
    sql`select p.year, p.period_no,
          coalesce(sum(b.credit - b.debit) filter (where a.type = 'income'), 0)::text as income,
          coalesce(sum(b.debit - b.credit) filter (where a.type = 'expense'), 0)::text as expense
        from accounting_periods p
        join account_period_balances b on b.tenant_id = p.tenant_id and b.period_id = p.id
        join accounts a on a.tenant_id = b.tenant_id and a.id = b.account_id
        where p.tenant_id = ${ctx.tenantId} and p.period_no < 13
          and p.end_date >= ${range.from}::date and p.start_date <= ${range.to}::date
        group by p.year, p.period_no`,
  );
  const found = new Map(rows.map((r) => [`${r.year}-${String(r.period_no).padStart(2, '0')}`, r]));
  const months: Array<{ month: string; income: string; expense: string; netIncome: string }> = [];
  for (let month = range.from.slice(0, 7); month <= range.to.slice(0, 7); ) {
    const row = found.get(month);
    const income = new Exact(row?.income ?? 0);
    const expense = new Exact(row?.expense ?? 0);
    months.push({
      month,
      income: income.toFixed(),
      expense: expense.toFixed(),
      netIncome: income.minus(expense).toFixed(),
    });
    const [y, m] = month.split('-').map(Number) as [number, number];
    month = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
  }
  return { from: range.from, to: range.to, months };
}

/**
 * Cash flow by the indirect method: net income, then the change of every non-cash balance-sheet
 * account by its activity (an asset that grew used cash), against the change in cash and bank.
 */
export async function cashFlow(ctx: TenantContext, range: { from: string; to: string }) {
  const accounts = await chart(ctx);
  const movement = await sumsByAccount(ctx, { from: range.from, to: range.to, closing: false });
  const opening = await sumsByAccount(ctx, { from: null, to: dayBefore(range.from), closing: true });
  const isCash = (id: string) => accounts.get(id)!.cashFlowActivity === 'cash';
  let netIncome = new Exact(0);
  const activities = {
    operating: [] as StatementRow[],
    investing: [] as StatementRow[],
    financing: [] as StatementRow[],
  };
  let cashChange = new Exact(0);
  for (const s of movement) {
    const account = accounts.get(s.account_id)!;
    if (!isBalanceSheet(account.type)) {
      netIncome = netIncome.minus(net(s));
      continue;
    }
    if (isCash(account.id)) {
      cashChange = cashChange.plus(net(s));
      continue;
    }
    const effect = net(s).neg();
    if (effect.isZero()) continue;
    const activity =
      account.cashFlowActivity === 'investing' || account.cashFlowActivity === 'financing'
        ? account.cashFlowActivity
        : 'operating';
    activities[activity].push({
      accountId: account.id,
      code: account.code,
      name: account.name,
      amount: effect.toFixed(),
    });
  }
  const total = (rows: StatementRow[]) => rows.reduce((s, r) => s.plus(r.amount), new Exact(0));
  const operating = netIncome.plus(total(activities.operating));
  const investing = total(activities.investing);
  const financing = total(activities.financing);
  const openingCash = opening.filter((s) => isCash(s.account_id)).reduce((sum, s) => sum.plus(net(s)), new Exact(0));
  return {
    from: range.from,
    to: range.to,
    netIncome: netIncome.toFixed(),
    operating: { adjustments: activities.operating.sort(byCode), total: operating.toFixed() },
    investing: { rows: activities.investing.sort(byCode), total: investing.toFixed() },
    financing: { rows: activities.financing.sort(byCode), total: financing.toFixed() },
    netChange: operating.plus(investing).plus(financing).toFixed(),
    openingCash: openingCash.toFixed(),
    closingCash: openingCash.plus(cashChange).toFixed(),
    reconciled: operating.plus(investing).plus(financing).eq(cashChange),
  };
}
