import { sql } from 'drizzle-orm';
import type { TenantContext } from '../../../db/database.ts';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { lockDraft } from './draft-lines.ts';

export async function deleteDraftEntry(ctx: TenantContext, id: string): Promise<void> {
  const entry = await lockDraft(ctx, id);
  await ctx.tx.execute(sql`delete from journal_entries where tenant_id = ${ctx.tenantId} and id = ${id}`);
  await recordAudit(ctx, {
    action: 'journal_entry.draft_deleted',
    entity: 'journal_entry',
    entityId: id,
    before: { entryDate: entry.entry_date, memo: entry.memo },
  });
}
