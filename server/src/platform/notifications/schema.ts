import { sql } from 'drizzle-orm';
import { index, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { createdAtColumn, idColumn, tenantIdColumn, tenantIsolation, timestampColumn } from '../../db/columns.ts';
import { users } from '../auth/schema.ts';

/** A message to one member of a company, such as a low-stock alert; read or not. */
export const notifications = pgTable(
  'notifications',
  {
    tenantId: tenantIdColumn(),
    id: idColumn(),
    userId: uuid()
      .notNull()
      .references(() => users.id),
    topic: text().notNull(),
    title: text().notNull(),
    body: text().notNull(),
    /** Where the web app opens it, e.g. `/inventory/low-stock`. */
    link: text(),
    createdAt: createdAtColumn(),
    readAt: timestampColumn(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    index('notifications_inbox').on(t.tenantId, t.userId, t.createdAt.desc(), t.id.desc()),
    index('notifications_unread').on(t.tenantId, t.userId).where(sql`${t.readAt} is null`),
    tenantIsolation(),
  ],
);
