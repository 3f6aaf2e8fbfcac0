import { newId } from '../../../db/columns.ts';
import type { TenantContext } from '../../../db/database.ts';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { journalEntries } from '../schema.ts';
import { assertDraftLines, type DraftInput, draftTotal, writeDraftLines } from './draft-lines.ts';

/** A manual entry saved as a draft; it may be unbalanced until it is posted. */
export async function createDraftEntry(ctx: TenantContext, input: DraftInput): Promise<{ id: string }> {
  await assertDraftLines(ctx, input.lines);
  const id = newId();
  await ctx.tx.insert(journalEntries).values({
    tenantId: ctx.tenantId,
    id,
    entryDate: input.entryDate,
    memo: input.memo,
    state: 'draft',
    total: draftTotal(input.lines),
    createdBy: ctx.actor.userId,
  });
  await writeDraftLines(ctx, id, input.lines);
  await recordAudit(ctx, { action: 'journal_entry.drafted', entity: 'journal_entry', entityId: id, after: input });
  return { id };
}
