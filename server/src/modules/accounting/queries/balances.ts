import { type SQL, sql } from 'drizzle-orm';
import { type Orm, queryOne, queryRows, type TenantContext } from '../../../db/database.ts';
import { NotFound } from '../../../platform/errors.ts';
import { Exact } from '../../../platform/money.ts';
import type { AccountPurpose } from '../chart-template.ts';
import { sumsByAccount } from './ledger-sums.ts';

export type AccountRef = AccountPurpose | { accountId: string };

/** The account a purpose stands for today, or the account itself. */
export async function resolveAccountId(ctx: TenantContext, account: AccountRef): Promise<string> {
  if (typeof account !== 'string') return account.accountId;
  const row = await queryOne<{ account_id: string }>(
    ctx.tx,
    sql`select account_id from default_accounts where tenant_id = ${ctx.tenantId} and purpose = ${account}`,
  );
  if (!row) throw new NotFound('Default account', account);
  return row.account_id;
}

/**
 * The open receivable of a customer as a scalar subquery, for statements that fold it in (a
 * credit check): Σ debit − Σ credit of its row on the receivable control account.
 */
export function openReceivableSql(ctx: TenantContext, partnerId: SQL): SQL {
  return sql`(select coalesce(sum(b.debit - b.credit), 0) from default_accounts d
              join partner_account_balances b on b.tenant_id = d.tenant_id and b.account_id = d.account_id
              where d.tenant_id = ${ctx.tenantId} and d.purpose = 'accounts_receivable' and b.partner_id = ${partnerId})`;
}

/** The customer's open receivable (debit − credit on the receivable control account): one row read. */
export async function openReceivable(ctx: TenantContext, partnerId: string): Promise<string> {
  const [row] = await ctx.prepared<{ amount: string }>(
    'accounting.open_receivable',
    sql`select ${openReceivableSql(ctx, sql`${partnerId}::uuid`)}::text as amount`,
  );
  return new Exact(row!.amount).toFixed();
}

/**
 * Debit − credit of an account, all postings or up to `asOf` (closing entries included), for one
 * partner or all. Per-partner totals without a date are one row; with a date they read that
 * partner's lines on their index.
 */
export async function accountBalance(
  ctx: TenantContext,
  account: AccountRef,
  options: { asOf?: string | undefined; partnerId?: string | undefined } = {},
): Promise<string> {
  const accountId = await resolveAccountId(ctx, account);
  if (options.partnerId) {
    const row = await queryOne<{ amount: string }>(
      ctx.tx,
      options.asOf
        ? sql`select coalesce(sum(debit - credit), 0)::text as amount from journal_lines
              where tenant_id = ${ctx.tenantId} and partner_id = ${options.partnerId} and account_id = ${accountId}
                and entry_date <= ${options.asOf}::date`
        : sql`select coalesce(sum(debit - credit), 0)::text as amount from partner_account_balances
              where tenant_id = ${ctx.tenantId} and partner_id = ${options.partnerId} and account_id = ${accountId}`,
    );
    return new Exact(row!.amount).toFixed();
  }
  const [sums] = await sumsByAccount(ctx, { from: null, to: options.asOf ?? '9999-12-31', closing: true }, [accountId]);
  return sums ? new Exact(sums.debit).minus(sums.credit).toFixed() : '0';
}

/** Debit − credit of the account each company uses for `purpose`, for every company: for invariant checks. */
export async function purposeBalancesByCompany(orm: Orm, purpose: AccountPurpose): Promise<Map<string, string>> {
  const rows = await queryRows<{ tenant_id: string; amount: string }>(
    orm,
    sql`select d.tenant_id, coalesce(sum(b.debit - b.credit), 0)::text as amount
        from default_accounts d
        left join account_period_balances b on b.tenant_id = d.tenant_id and b.account_id = d.account_id
        where d.purpose = ${purpose} group by d.tenant_id`,
  );
  return new Map(rows.map((r) => [r.tenant_id, new Exact(r.amount).toFixed()]));
}

/** Debit − credit per partner on the account each company uses for `purpose`, for every company. */
export async function partnerBalancesByCompany(
  orm: Orm,
  purpose: AccountPurpose,
): Promise<Array<{ tenantId: string; partnerId: string; balance: string }>> {
  const rows = await queryRows<{ tenant_id: string; partner_id: string; balance: string }>(
    orm,
    sql`select d.tenant_id, b.partner_id, (b.debit - b.credit)::text as balance
        from default_accounts d
        join partner_account_balances b on b.tenant_id = d.tenant_id and b.account_id = d.account_id
        where d.purpose = ${purpose}`,
  );
  return rows.map((r) => ({ tenantId: r.tenant_id, partnerId: r.partner_id, balance: new Exact(r.balance).toFixed() }));
}
