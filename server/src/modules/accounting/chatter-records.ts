import { sql } from 'drizzle-orm';
import { defineChatterRecords } from '../../platform/chatter/record-types.ts';
import { journalEntries } from './schema.ts';

defineChatterRecords({
  type: 'journal_entry',
  label: 'Journal entry',
  readPermission: 'accounting.journal.read',
  table: journalEntries,
  tenantId: journalEntries.tenantId,
  id: journalEntries.id,
  title: sql`coalesce(${journalEntries.number}, 'draft')`,
  link: (id) => `/accounting/journal/${id}`,
  wording: {
    'journal_entry.drafted': 'Drafted the entry',
    'journal_entry.draft_updated': 'Changed the draft',
    'journal_entry.posted': 'Posted the entry',
    'journal_entry.reversed': 'Reversed the entry',
  },
});
