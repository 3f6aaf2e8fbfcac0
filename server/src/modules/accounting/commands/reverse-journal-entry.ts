import { sql } from 'drizzle-orm';
import { queryOne, type TenantContext } from '../../../db/database.ts';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { Conflict, NotFound } from '../../../platform/errors.ts';
import { journalEntryFlow } from '../journal-entry.workflow.ts';
import { CLOSING_PERIOD_NO } from '../periods.ts';
import { storedLines } from '../queries/journal-queries.ts';
import { type PostedEntry, writePostedEntry } from './post-journal-entry.ts';

interface LockedEntry {
  id: string;
  number: string | null;
  state: 'draft' | 'posted';
  memo: string;
  source_type: string | null;
  source_id: string | null;
  source_number: string | null;
  reversed_by: string | null;
  period_no: number | null;
}

/**
 * Posts the mirror image of a posted entry (debits become credits) on `entryDate` and links the
 * two. An entry is reversed at most once; the year-end closing entry is undone by reopening the year.
 */
export async function reverseJournalEntry(
  ctx: TenantContext,
  entryId: string,
  options: { entryDate: string; memo?: string | null | undefined },
): Promise<PostedEntry> {
  const entry = await queryOne<LockedEntry>(
    ctx.tx,
    sql`select e.id, e.number, e.state, e.memo, e.source_type, e.source_id, e.source_number, e.reversed_by, p.period_no
        from journal_entries e left join accounting_periods p on p.tenant_id = e.tenant_id and p.id = e.period_id
        where e.tenant_id = ${ctx.tenantId} and e.id = ${entryId} for update of e`,
  );
  if (!entry) throw new NotFound('Journal entry', entryId);
  journalEntryFlow.assert(entry.state, 'reverse');
  if (entry.reversed_by) {
    throw new Conflict('already_reversed', `Journal entry ${entry.number} has already been reversed`, {
      reversedBy: entry.reversed_by,
    });
  }
  if (entry.period_no === CLOSING_PERIOD_NO) {
    throw new Conflict('closing_entry', 'The year-end closing entry is undone by reopening the fiscal year');
  }
  const lines = await storedLines(ctx, 'journal_lines', entryId);
  const reversal = await writePostedEntry(
    ctx,
    {
      entryDate: options.entryDate,
      memo: options.memo || `Reversal of ${entry.number}: ${entry.memo}`,
      source: entry.source_type
        ? { type: entry.source_type, id: entry.source_id!, number: entry.source_number }
        : undefined,
      reversalOf: entry.id,
    },
    lines.map((line) => ({ ...line, debit: line.credit, credit: line.debit })),
  );
  await ctx.tx.execute(
    sql`update journal_entries set reversed_by = ${reversal.id}, updated_at = now()
        where tenant_id = ${ctx.tenantId} and id = ${entryId}`,
  );
  await recordAudit(ctx, {
    action: 'journal_entry.reversed',
    entity: 'journal_entry',
    entityId: entryId,
    before: { number: entry.number },
    after: { reversedBy: reversal.number },
  });
  return reversal;
}
