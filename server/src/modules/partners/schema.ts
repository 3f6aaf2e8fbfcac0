import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, pgTable, primaryKey, text, uniqueIndex, varchar } from 'drizzle-orm/pg-core';
import {
  createdAtColumn,
  idColumn,
  moneyColumn,
  tenantIdColumn,
  tenantIsolation,
  timestampColumn,
} from '../../db/columns.ts';

export const customerTypes = ['retail', 'wholesale', 'distributor', 'online'] as const;
export type CustomerType = (typeof customerTypes)[number];

export const customers = pgTable(
  'customers',
  {
    tenantId: tenantIdColumn(),
    id: idColumn(),
    code: text().notNull(),
    name: text().notNull(),
    type: text().$type<CustomerType>().notNull(),
    email: text(),
    phone: text(),
    addressLine: text(),
    city: text(),
    postalCode: text(),
    country: varchar({ length: 2 }),
    taxId: text(),
    paymentTermsDays: integer().notNull().default(0),
    /** No limit when null. */
    creditLimit: moneyColumn(),
    notes: text(),
    active: boolean().notNull().default(true),
    createdAt: createdAtColumn(),
    updatedAt: timestampColumn().notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    uniqueIndex('customers_code_unique').on(t.tenantId, sql`lower(${t.code})`),
    index().on(t.tenantId, t.name, t.id),
    check('customers_type_valid', sql`${t.type} in ('retail', 'wholesale', 'distributor', 'online')`),
    check('customers_payment_terms_valid', sql`${t.paymentTermsDays} between 0 and 365`),
    check('customers_credit_limit_not_negative', sql`${t.creditLimit} >= 0`),
    tenantIsolation(),
  ],
);
