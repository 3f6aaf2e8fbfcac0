import { sql } from 'drizzle-orm';
import { check, index, pgTable, primaryKey, text, unique, uuid, varchar } from 'drizzle-orm/pg-core';
import {
  appOnlyPolicy,
  createdAtColumn,
  idColumn,
  newId,
  tenantIdColumn,
  tenantIsolation,
  timestampColumn,
} from '../../db/columns.ts';
import { users } from '../auth/schema.ts';

export const tenants = pgTable(
  'tenants',
  {
    id: uuid().primaryKey().$defaultFn(newId),
    name: text().notNull(),
    code: varchar({ length: 6 }).notNull().unique(),
    domain: text(),
    currency: varchar({ length: 3 }).notNull(),
    timezone: text().notNull(),
    locale: text().notNull(),
    createdAt: createdAtColumn(),
  },
  () => [
    appOnlyPolicy('tenant_reads_itself', 'select', sql`id = app_tenant_id()`),
    appOnlyPolicy('tenant_updates_itself', 'update', sql`id = app_tenant_id()`),
  ],
);

export const memberRoles = ['owner', 'admin', 'member', 'pending', 'rejected'] as const;
export type MemberRole = (typeof memberRoles)[number];

export const memberships = pgTable(
  'memberships',
  {
    tenantId: tenantIdColumn().references(() => tenants.id),
    id: idColumn(),
    userId: uuid()
      .notNull()
      .references(() => users.id),
    role: text().$type<MemberRole>().notNull(),
    jobRoles: text().array().notNull().default(sql`'{}'::text[]`),
    requestedAt: createdAtColumn(),
    decidedAt: timestampColumn(),
    decidedBy: uuid(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    unique().on(t.tenantId, t.userId),
    index().on(t.userId),
    check('memberships_role_valid', sql`${t.role} in ('owner', 'admin', 'member', 'pending', 'rejected')`),
    tenantIsolation(),
  ],
);
