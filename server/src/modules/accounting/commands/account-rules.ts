import { sql } from 'drizzle-orm';
import { queryOne, type TenantContext } from '../../../db/database.ts';
import { invalidField } from '../../../platform/errors.ts';
import { accountsByIds } from '../queries/accounts.ts';
import type { AccountType, CashFlowActivity, NormalSide } from '../schema.ts';

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

export const usualSide = (type: AccountType): NormalSide =>
  type === 'asset' || type === 'expense' ? 'debit' : 'credit';

export const isBalanceSheet = (type: AccountType) => type === 'asset' || type === 'liability' || type === 'equity';

export async function assertParent(
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

export function assertCashFlow(type: AccountType, activity: CashFlowActivity | null | undefined) {
  if (activity && !isBalanceSheet(type)) {
    invalidField('cashFlowActivity', 'Only balance-sheet accounts have a cash flow activity');
  }
}

export type AccountChanges = Partial<Omit<AccountFields, 'type'>> & { type?: AccountType; active?: boolean };
