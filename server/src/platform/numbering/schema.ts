import { integer, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { tenantIdColumn, tenantIsolation } from '../../db/columns.ts';

/** One counter row per tenant, document type and year; its row lock makes numbers gap-free. */
export const documentSequences = pgTable(
  'document_sequences',
  {
    tenantId: tenantIdColumn(),
    documentType: text().notNull(),
    year: integer().notNull(),
    lastValue: integer().notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.documentType, t.year] }), tenantIsolation()],
);
