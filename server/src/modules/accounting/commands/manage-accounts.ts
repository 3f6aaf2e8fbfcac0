import { sql } from 'drizzle-orm';
import { newId } from '../../../db/columns.ts';
import { queryOne, type TenantContext } from '../../../db/database.ts';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { BusinessRuleViolation, invalidField, NotFound } from '../../../platform/errors.ts';
import type { AccountPurpose } from '../chart-template.ts';
import { type AccountRow, accountsByIds, ensureChart, getAccount } from '../queries/accounts.ts';
import { type AccountType, accounts, type CashFlowActivity, type NormalSide } from '../schema.ts';

export interface AccountFields {
  code: string;
  name: string;
  type: AccountType;
  normalSide?: NormalSide | undefined;
  parentId?: string | null | undefined;
  isGroup?: boolean | undefined;
  cashFlowActivity?: CashFlowActivity | null | undefined;
  description?: string | null | undefined;
}

const usualSide = (type: AccountType): NormalSide => (type === 'asset' || type === 'expense' ? 'debit' : 'credit');
const isBalanceSheet = (type: AccountType) => type === 'asset' || type === 'liability' || type === 'equity';

async function assertParent(
  ctx: TenantContext,
  parentId: string | null | undefined,
  type: AccountType,
  selfId?: string,
) {
  if (!parentId) return;
  const parent = (await accountsByIds(ctx, [parentId])).get(parentId);
  if (!parent) invalidField('parentId', 'No such account');
  if (!parent.isGroup) invalidField('parentId', `${parent.code} is not a group account`);
  if (parent.type !== type) invalidField('parentId', `${parent.code} groups ${parent.type} accounts, not ${type}`);
  if (selfId) {
    const cycle = await queryOne<{ found: boolean }>(
      ctx.tx,
      sql`with recursive up as (
            select id, parent_id from accounts where tenant_id = ${ctx.tenantId} and id = ${parentId}
            union all
            select a.id, a.parent_id from accounts a join up on a.tenant_id = ${ctx.tenantId} and a.id = up.parent_id
          ) select exists (select 1 from up where id = ${selfId}) as found`,
    );
    if (cycle?.found) invalidField('parentId', 'An account cannot be placed under itself or its own sub-account');
  }
}

function assertCashFlow(type: AccountType, activity: CashFlowActivity | null | undefined) {
  if (activity && !isBalanceSheet(type)) {
    invalidField('cashFlowActivity', 'Only balance-sheet accounts have a cash flow activity');
  }
}

export async function createAccount(ctx: TenantContext, input: AccountFields): Promise<AccountRow> {
  await ensureChart(ctx);
  await assertParent(ctx, input.parentId, input.type);
  assertCashFlow(input.type, input.cashFlowActivity);
  const id = newId();
  await ctx.tx.insert(accounts).values({
    tenantId: ctx.tenantId,
    id,
    code: input.code,
    name: input.name,
    type: input.type,
    normalSide: input.normalSide ?? usualSide(input.type),
    parentId: input.parentId ?? null,
    isGroup: input.isGroup ?? false,
    cashFlowActivity: input.isGroup
      ? null
      : (input.cashFlowActivity ?? (isBalanceSheet(input.type) ? 'operating' : null)),
    description: input.description ?? null,
  });
  await recordAudit(ctx, { action: 'account.created', entity: 'account', entityId: id, after: input });
  return (await getAccount(ctx, id))!;
}

export type AccountChanges = Partial<Omit<AccountFields, 'type'>> & { type?: AccountType; active?: boolean };

/** Changes an account; its type and group flag only while nothing is posted to it. */
export async function updateAccount(ctx: TenantContext, id: string, changes: AccountChanges): Promise<AccountRow> {
  const before = await queryOne<{ id: string }>(
    ctx.tx,
    sql`select id from accounts where tenant_id = ${ctx.tenantId} and id = ${id} for update`,
  );
  if (!before) throw new NotFound('Account', id);
  const current = (await getAccount(ctx, id))!;
  const type = changes.type ?? current.type;
  const isGroup = changes.isGroup ?? current.isGroup;
  const usage = await queryOne<{ posted: boolean; children: boolean }>(
    ctx.tx,
    sql`select exists (select 1 from account_period_balances where tenant_id = ${ctx.tenantId} and account_id = ${id}) as posted,
               exists (select 1 from accounts where tenant_id = ${ctx.tenantId} and parent_id = ${id}) as children`,
  );
  if ((type !== current.type || isGroup !== current.isGroup) && usage?.posted) {
    throw new BusinessRuleViolation(
      'account_in_use',
      `${current.code} has postings: its type and group setting can no longer change`,
    );
  }
  if (!isGroup && current.isGroup && usage?.children) invalidField('isGroup', 'The account still has sub-accounts');
  if (isGroup && current.purposes.length > 0) {
    invalidField('isGroup', `${current.code} is a default account (${current.purposes.join(', ')})`);
  }
  if (changes.active === false && current.purposes.length > 0) {
    throw new BusinessRuleViolation(
      'default_account_in_use',
      `${current.code} is the default account for ${current.purposes.join(', ')}; choose another default first`,
      { purposes: current.purposes },
    );
  }
  if (changes.parentId !== undefined || changes.type !== undefined) {
    await assertParent(ctx, changes.parentId === undefined ? current.parentId : changes.parentId, type, id);
  }
  const cashFlowActivity = isGroup
    ? null
    : changes.cashFlowActivity !== undefined
      ? changes.cashFlowActivity
      : isBalanceSheet(type)
        ? (current.cashFlowActivity ?? 'operating')
        : null;
  assertCashFlow(type, cashFlowActivity);
  await ctx.tx
    .update(accounts)
    .set({
      ...(changes.code !== undefined ? { code: changes.code } : {}),
      ...(changes.name !== undefined ? { name: changes.name } : {}),
      ...(changes.description !== undefined ? { description: changes.description } : {}),
      ...(changes.parentId !== undefined ? { parentId: changes.parentId } : {}),
      ...(changes.active !== undefined ? { active: changes.active } : {}),
      type,
      isGroup,
      normalSide: changes.normalSide ?? (changes.type ? usualSide(type) : current.normalSide),
      cashFlowActivity,
      updatedAt: new Date(),
    })
    .where(sql`tenant_id = ${ctx.tenantId} and id = ${id}`);
  const after = (await getAccount(ctx, id))!;
  await recordAudit(ctx, { action: 'account.updated', entity: 'account', entityId: id, before: current, after });
  return after;
}

/** Points purposes at other accounts; later postings use them, past postings stay where they are. */
export async function updateDefaultAccounts(
  ctx: TenantContext,
  changes: Array<{ purpose: AccountPurpose; accountId: string }>,
): Promise<void> {
  await ensureChart(ctx);
  const found = await accountsByIds(
    ctx,
    changes.map((c) => c.accountId),
  );
  for (const [i, change] of changes.entries()) {
    const account = found.get(change.accountId);
    if (!account) invalidField(`accounts.${i}.accountId`, 'No such account');
    if (account.isGroup) invalidField(`accounts.${i}.accountId`, `${account.code} is a group account`);
    if (!account.active) invalidField(`accounts.${i}.accountId`, `${account.code} is deactivated`);
  }
  for (const change of changes) {
    await ctx.tx.execute(
      sql`insert into default_accounts (tenant_id, purpose, account_id) values (${ctx.tenantId}, ${change.purpose}, ${change.accountId})
          on conflict (tenant_id, purpose) do update set account_id = excluded.account_id, updated_at = now()`,
    );
  }
  await recordAudit(ctx, {
    action: 'default_accounts.updated',
    entity: 'default_accounts',
    entityId: ctx.tenantId,
    after: changes,
  });
}
