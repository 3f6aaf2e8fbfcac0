import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { appOnlyPolicy, createdAtColumn, newId, timestampColumn } from '../../db/columns.ts';

/**
 * Events written in the same transaction as the change that caused them and delivered after
 * commit by the dispatcher. The app role may only insert rows for its own tenant.
 */
export const outbox = pgTable(
  'outbox',
  {
    id: uuid().primaryKey().$defaultFn(newId),
    tenantId: uuid(),
    topic: text().notNull(),
    payload: jsonb().notNull(),
    createdAt: createdAtColumn(),
    availableAt: timestampColumn().notNull().defaultNow(),
    attempts: integer().notNull().default(0),
    lastError: text(),
    dispatchedAt: timestampColumn(),
    failedAt: timestampColumn(),
  },
  (t) => [
    index('outbox_due_idx').on(t.availableAt).where(sql`dispatched_at is null and failed_at is null`),
    appOnlyPolicy('outbox_insert_own_tenant', 'insert', sql`tenant_id = app_tenant_id()`),
  ],
);
