import { sql } from 'drizzle-orm';
import { jsonb, pgTable, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAtColumn, idColumn, tenantIdColumn, tenantIsolation } from '../../db/columns.ts';
import { users } from '../auth/schema.ts';

/** A filter a member saved on one list of the web app, to open it again by name. */
export const savedFilters = pgTable(
  'saved_filters',
  {
    tenantId: tenantIdColumn(),
    id: idColumn(),
    userId: uuid()
      .notNull()
      .references(() => users.id),
    /** The list it belongs to, e.g. `sales-orders`. */
    list: text().notNull(),
    name: text().notNull(),
    /** The list's URL search parameters, as the page had them. */
    filters: jsonb().$type<Record<string, unknown>>().notNull(),
    createdAt: createdAtColumn(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    uniqueIndex('saved_filters_name_unique').on(t.tenantId, t.userId, t.list, sql`lower(${t.name})`),
    tenantIsolation(),
  ],
);
