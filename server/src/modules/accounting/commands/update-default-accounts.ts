import { sql } from 'drizzle-orm';
import type { TenantContext } from '../../../db/database.ts';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { invalidField } from '../../../platform/errors.ts';
import type { AccountPurpose } from '../chart-template.ts';
import { accountsByIds, ensureChart } from '../queries/accounts.ts';

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
