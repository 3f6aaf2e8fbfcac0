import { sql } from 'drizzle-orm';
import { customType, pgPolicy, timestamp, uuid } from 'drizzle-orm/pg-core';
import { uuidv7 } from 'uuidv7';

/** Time-ordered ids keep b-tree inserts at the right edge of the index. */
export const newId = (): string => uuidv7();

/** Must match APP_ROLE in database.ts; kept here so schema files import no runtime code. */
const appRole = 'erp_app';

export const idColumn = () => uuid().notNull().default(sql`uuid_v7()`).$defaultFn(newId);
export const tenantIdColumn = () => uuid().notNull();
export const timestampColumn = () => timestamp({ withTimezone: true, mode: 'date' });
export const createdAtColumn = () => timestampColumn().notNull().defaultNow();
/** "10.5000" → "10.5": decimals leave the database without the padding of their column's scale. */
export const normalizeDecimal = (value: string): string => (value.includes('.') ? value.replace(/\.?0+$/, '') : value);

const decimalColumn = (precision: number, scale: number) =>
  customType<{ data: string; driverData: string }>({
    dataType: () => `numeric(${precision}, ${scale})`,
    fromDriver: (value) => normalizeDecimal(String(value)),
  })();

/** Exact decimals as strings; quantities and money share numeric(18, 4). */
export const quantityColumn = () => decimalColumn(18, 4);
export const moneyColumn = () => decimalColumn(18, 4);
export const percentColumn = () => decimalColumn(5, 2);

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
