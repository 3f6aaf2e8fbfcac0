import { newId } from '../../../db/columns.ts';
import type { TenantContext } from '../../../db/database.ts';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { type AccountRow, ensureChart, getAccount } from '../queries/accounts.ts';
import { accounts } from '../schema.ts';
import { type AccountFields, assertCashFlow, assertParent, isBalanceSheet, usualSide } from './account-rules.ts';

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
