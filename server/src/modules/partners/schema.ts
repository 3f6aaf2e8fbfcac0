import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  foreignKey,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core';
import {
  createdAtColumn,
  idColumn,
  moneyColumn,
  percentColumn,
  tenantIdColumn,
  tenantIsolation,
  timestampColumn,
} from '../../db/columns.ts';

export const customerTypes = ['retail', 'wholesale', 'distributor', 'online'] as const;
export type CustomerType = (typeof customerTypes)[number];

/**
 * When a customer (and later a vendor) pays: `days` after the invoice date, or after the end of
 * the invoice's month (`endOfMonth`: "Net 30 EOM"; "EOM" alone is 0 days), with an optional
 * early-payment discount ("2/10 Net 30": 2 % if paid within 10 days of the invoice date).
 */
export const paymentTerms = pgTable(
  'payment_terms',
  {
    tenantId: tenantIdColumn(),
    id: idColumn(),
    code: text().notNull(),
    name: text().notNull(),
    days: integer().notNull(),
    endOfMonth: boolean().notNull().default(false),
    discountPercent: percentColumn(),
    discountDays: integer(),
    active: boolean().notNull().default(true),
    createdAt: createdAtColumn(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    uniqueIndex('payment_terms_code_unique').on(t.tenantId, sql`lower(${t.code})`),
    check('payment_terms_days_valid', sql`${t.days} between 0 and 365`),
    check(
      'payment_terms_discount_valid',
      sql`(${t.discountPercent} is null and ${t.discountDays} is null) or
          (${t.discountPercent} > 0 and ${t.discountPercent} < 100 and ${t.discountDays} between 0 and ${t.days})`,
    ),
    tenantIsolation(),
  ],
);

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
    /** Net days until due; kept equal to the payment term's days when the customer has one. */
    paymentTermsDays: integer().notNull().default(0),
    paymentTermId: uuid(),
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
    foreignKey({
      name: 'customers_payment_term_fk',
      columns: [t.tenantId, t.paymentTermId],
      foreignColumns: [paymentTerms.tenantId, paymentTerms.id],
    }),
    check('customers_type_valid', sql`${t.type} in ('retail', 'wholesale', 'distributor', 'online')`),
    check('customers_payment_terms_valid', sql`${t.paymentTermsDays} between 0 and 365`),
    check('customers_credit_limit_not_negative', sql`${t.creditLimit} >= 0`),
    tenantIsolation(),
  ],
);
