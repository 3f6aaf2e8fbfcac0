import { sql } from 'drizzle-orm';
import { queryOne, type TenantContext } from '../../../db/database.ts';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { BusinessRuleViolation, invalidField, NotFound } from '../../../platform/errors.ts';
import { type AccountRow, getAccount } from '../queries/accounts.ts';
import { accounts } from '../schema.ts';
import { type AccountChanges, assertCashFlow, assertParent, isBalanceSheet, usualSide } from './account-rules.ts';

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
