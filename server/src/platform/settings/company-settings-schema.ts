import { jsonb, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { tenantIdColumn, tenantIsolation, timestampColumn } from '../../db/columns.ts';

/**
 * A company's settings, one row per key (`inventory.count.approval_threshold`): modules keep
 * their own settings here with a default in code, so a setting needs no migration of its own.
 */
export const companySettings = pgTable(
  'company_settings',
  {
    tenantId: tenantIdColumn(),
    key: text().notNull(),
    value: jsonb().notNull(),
    updatedAt: timestampColumn().notNull().defaultNow(),
    updatedBy: uuid(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.key] }), tenantIsolation()],
);
