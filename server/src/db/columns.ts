import { sql } from 'drizzle-orm';
import { integer, pgPolicy, timestamp, uuid } from 'drizzle-orm/pg-core';
import { uuidv7 } from 'uuidv7';

/** Time-ordered ids keep b-tree inserts at the right edge of the index. */
export const newId = (): string => uuidv7();

/** Must match APP_ROLE in database.ts; kept here so schema files import no runtime code. */
const appRole = 'erp_app';

export const idColumn = () => uuid().notNull().default(sql`uuid_v7()`).$defaultFn(newId);
export const tenantIdColumn = () => uuid().notNull();
export const timestampColumn = () => timestamp({ withTimezone: true, mode: 'date' });
export const createdAtColumn = () => timestampColumn().notNull().defaultNow();
export const versionColumn = () => integer().notNull().default(1);

/** The row-level security policy every tenant table carries. */
export const tenantIsolation = () =>
  pgPolicy('tenant_isolation', {
    as: 'permissive',
    for: 'all',
    to: appRole,
    using: sql`tenant_id = app_tenant_id()`,
    withCheck: sql`tenant_id = app_tenant_id()`,
  });

export const appOnlyPolicy = (
  name: string,
  command: 'select' | 'insert' | 'update',
  predicate: ReturnType<typeof sql>,
) =>
  pgPolicy(name, {
    as: 'permissive',
    for: command,
    to: appRole,
    ...(command === 'insert' ? { withCheck: predicate } : { using: predicate }),
  });
