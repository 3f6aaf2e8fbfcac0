import type { TenantContext } from '../../../db/database.ts';
import { invalidField } from '../../../platform/errors.ts';
import { storedLines } from '../queries/journal-queries.ts';
import { lockDraft } from './draft-lines.ts';
import { ledgerLines, type PostedEntry, writePostedEntry } from './post-journal-entry.ts';

/** Posts a draft: it must balance (422 with the difference) and its date must fall in an open period. */
export async function postDraftEntry(ctx: TenantContext, id: string): Promise<PostedEntry> {
  const entry = await lockDraft(ctx, id);
  const lines = await storedLines(ctx, 'journal_draft_lines', id);
  const ledger = await ledgerLines(
    ctx,
    lines.map(({ accountId, ...line }) => ({ ...line, account: { accountId } })),
  );
  if (ledger.length === 0) invalidField('lines', 'The entry has no amounts to post');
  return writePostedEntry(ctx, { entryDate: entry.entry_date, memo: entry.memo, draftId: id }, ledger);
}
