import { sql } from 'drizzle-orm';
import type { TenantContext } from '../../../db/database.ts';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { assertDraftLines, type DraftInput, draftTotal, lockDraft, writeDraftLines } from './draft-lines.ts';

export async function updateDraftEntry(ctx: TenantContext, id: string, input: DraftInput): Promise<void> {
  await lockDraft(ctx, id);
  await assertDraftLines(ctx, input.lines);
  await ctx.tx.execute(
    sql`update journal_entries set entry_date = ${input.entryDate}, memo = ${input.memo},
          total = ${draftTotal(input.lines)}, updated_at = now()
        where tenant_id = ${ctx.tenantId} and id = ${id}`,
  );
  await ctx.tx.execute(sql`delete from journal_draft_lines where tenant_id = ${ctx.tenantId} and entry_id = ${id}`);
  await writeDraftLines(ctx, id, input.lines);
  await recordAudit(ctx, {
    action: 'journal_entry.draft_updated',
    entity: 'journal_entry',
    entityId: id,
    after: input,
  });
}
