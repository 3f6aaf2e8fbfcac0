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
  },
  {
    kind: 'account',
    table: accounts,
    tenantId: accounts.tenantId,
    id: accounts.id,
    label: sql`${accounts.code} || ' · ' || ${accounts.name}`,
  },
);
