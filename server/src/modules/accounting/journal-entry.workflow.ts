import { defineWorkflow } from '../../platform/workflow.ts';
import type { EntryState } from './schema.ts';

/**
 * A journal entry: a manual draft is changed, deleted or posted; a posted entry never changes
 * again and is corrected by reversing it (once), which leaves it posted.
 */
export type JournalEntryAction = 'edit' | 'delete' | 'post' | 'reverse';

export const journalEntryFlow = defineWorkflow<EntryState, JournalEntryAction>(
  'journal entry',
  {
    edit: { from: ['draft'], to: 'draft' },
    delete: { from: ['draft'], to: 'draft' },
    post: { from: ['draft'], to: 'posted', stamp: 'posted', audit: 'journal_entry.posted' },
    reverse: { from: ['posted'], to: 'posted' },
  },
  { table: 'journal_entries', auditEntity: 'journal_entry', updatedAt: true },
);

/** The state of entries in the ledger. */
export const postedEntryState = journalEntryFlow.transitions.post.to;
