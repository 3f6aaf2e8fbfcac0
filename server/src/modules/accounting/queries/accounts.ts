import { sql } from 'drizzle-orm';
import { queryOne, queryRows, type TenantContext } from '../../../db/database.ts';
import { seedChartOfAccounts } from '../chart-template.ts';
import type { AccountType, CashFlowActivity, NormalSide } from '../schema.ts';

export interface AccountRow {
  id: string;
  code: string;
  name: string;
  type: AccountType;
  normalSide: NormalSide;
  parentId: string | null;
  isGroup: boolean;
  active: boolean;
  cashFlowActivity: CashFlowActivity | null;
  description: string | null;
  /** Default-account purposes this account serves. */
  purposes: string[];
}

const accountColumns = sql`a.id, a.code, a.name, a.type, a.normal_side as "normalSide", a.parent_id as "parentId",
  a.is_group as "isGroup", a.active, a.cash_flow_activity as "cashFlowActivity", a.description,
  coalesce((select array_agg(d.purpose order by d.purpose) from default_accounts d
            where d.tenant_id = a.tenant_id and d.account_id = a.id), '{}') as purposes`;

/** A company created before accounting existed gets its chart when it first looks at it. */
export async function ensureChart(ctx: TenantContext): Promise<void> {
  const found = await queryOne<{ found: boolean }>(
    ctx.tx,
    sql`select exists (select 1 from default_accounts where tenant_id = ${ctx.tenantId}) as found`,
  );
  if (!found?.found) await seedChartOfAccounts(ctx);
}

/** The whole chart in code order (a tree through `parentId`); charts are a few hundred accounts. */
export async function listAccounts(ctx: TenantContext): Promise<AccountRow[]> {
  await ensureChart(ctx);
  return queryRows<AccountRow>(
    ctx.tx,
    sql`select ${accountColumns} from accounts a where a.tenant_id = ${ctx.tenantId} order by a.code`,
  );
}

export async function getAccount(ctx: TenantContext, id: string): Promise<AccountRow | undefined> {
  return queryOne<AccountRow>(
    ctx.tx,
    sql`select ${accountColumns} from accounts a where a.tenant_id = ${ctx.tenantId} and a.id = ${id}`,
  );
}

export async function accountsByIds(ctx: TenantContext, ids: readonly string[]): Promise<Map<string, AccountRow>> {
  if (ids.length === 0) return new Map();
  const rows = await queryRows<AccountRow>(
    ctx.tx,
    sql`select ${accountColumns} from accounts a
        where a.tenant_id = ${ctx.tenantId} and a.id = any(${sql.param([...new Set(ids)])}::uuid[])`,
  );
  return new Map(rows.map((r) => [r.id, r]));
}

export interface DefaultAccountRow {
  purpose: string;
  accountId: string;
  code: string;
  name: string;
}

export async function listDefaultAccounts(ctx: TenantContext): Promise<DefaultAccountRow[]> {
  await ensureChart(ctx);
  return queryRows<DefaultAccountRow>(
    ctx.tx,
    sql`select d.purpose, d.account_id as "accountId", a.code, a.name
        from default_accounts d join accounts a on a.tenant_id = d.tenant_id and a.id = d.account_id
        where d.tenant_id = ${ctx.tenantId} order by d.purpose`,
  );
}
