import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { appOnlyPolicy, createdAtColumn, newId, timestampColumn } from '../../db/columns.ts';

/**
 * Users are global: one person may belong to several companies. The app role may read only
 * the id, name and email of users who share the current tenant (column grants in a migration).
 */
export const users = pgTable(
  'users',
  {
    id: uuid().primaryKey().$defaultFn(newId),
    email: text().notNull().unique(),
    name: text().notNull(),
    passwordHash: text().notNull(),
    emailVerifiedAt: timestampColumn(),
    /** The language the web app speaks to this user; null follows the active company's locale. */
    language: text(),
    createdAt: createdAtColumn(),
  },
  (t) => [
    check('users_email_lowercase', sql`${t.email} = lower(${t.email})`),
    check('users_language_known', sql`${t.language} in ('en', 'id')`),
    appOnlyPolicy(
      'users_visible_to_co_members',
      'select',
      sql`exists (select 1 from memberships m where m.user_id = users.id and m.tenant_id = app_tenant_id())`,
    ),
  ],
);

/** A login session; its refresh tokens form one rotation family. */
export const sessions = pgTable(
  'sessions',
  {
    id: uuid().primaryKey().$defaultFn(newId),
    userId: uuid()
      .notNull()
      .references(() => users.id),
    createdAt: createdAtColumn(),
    revokedAt: timestampColumn(),
    revokedReason: text(),
    userAgent: text(),
    ip: text(),
  },
  (t) => [index().on(t.userId)],
).enableRLS();

export const refreshTokens = pgTable(
  'refresh_tokens',
  {
    id: uuid().primaryKey().$defaultFn(newId),
    sessionId: uuid()
      .notNull()
      .references(() => sessions.id),
    tokenHash: text().notNull().unique(),
    createdAt: createdAtColumn(),
    expiresAt: timestampColumn().notNull(),
    usedAt: timestampColumn(),
  },
  (t) => [index().on(t.sessionId)],
).enableRLS();

export const codePurposes = ['verify_email', 'reset_password'] as const;
export type CodePurpose = (typeof codePurposes)[number];

export const oneTimeCodes = pgTable(
  'one_time_codes',
  {
    id: uuid().primaryKey().$defaultFn(newId),
    userId: uuid()
      .notNull()
      .references(() => users.id),
    purpose: text().$type<CodePurpose>().notNull(),
    codeHash: text().notNull(),
    createdAt: createdAtColumn(),
    expiresAt: timestampColumn().notNull(),
    attempts: integer().notNull().default(0),
    consumedAt: timestampColumn(),
  },
  (t) => [
    index().on(t.userId, t.purpose, t.createdAt),
    check('one_time_codes_purpose_valid', sql`${t.purpose} in ('verify_email', 'reset_password')`),
  ],
).enableRLS();

/**
 * Counters of the sign-in limits (per address, per account, per known device, per emailed code),
 * shared by every app instance and kept across restarts. A row counts until `expires_at`; the
 * housekeeping deletes expired rows.
 */
export const authThrottles = pgTable(
  'auth_throttles',
  {
    key: text().primaryKey(),
    hits: integer().notNull(),
    blockedUntil: timestampColumn(),
    expiresAt: timestampColumn().notNull(),
  },
  (t) => [index().on(t.expiresAt)],
).enableRLS();
