import { sql } from 'drizzle-orm';
import { defineAuditReferences } from '../../platform/audit/references.ts';
import { accounts, journalEntries } from './schema.ts';

defineAuditReferences(
  {
    kind: 'journal_entry',
    table: journalEntries,
    tenantId: journalEntries.tenantId,
    id: journalEntries.id,
    label: journalEntries.number,
    number: journalEntries.number,
    search: {
      permission: 'accounting.journal.read',
      matches: [journalEntries.number, journalEntries.memo],
      detail: journalEntries.memo,
    },
  },
  {
    kind: 'account',
    table: accounts,
    tenantId: accounts.tenantId,
    id: accounts.id,
    label: sql`${accounts.code} || ' · ' || ${accounts.name}`,
  },
);
