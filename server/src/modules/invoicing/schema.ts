import { sql } from 'drizzle-orm';
import {
  check,
  date,
  foreignKey,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  unique,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core';
import {
  createdAtColumn,
  idColumn,
  moneyColumn,
  percentColumn,
  quantityColumn,
  tenantIdColumn,
  tenantIsolation,
  timestampColumn,
} from '../../db/columns.ts';
import { literalList } from '../../db/sql-fragments.ts';
import { journalEntries } from '../accounting/schema.ts';
import { products } from '../catalog/schema.ts';
import { customers } from '../partners/schema.ts';
import { salesOrders } from '../sales/schema.ts';
import { openInvoiceStates } from './invoice.workflow.ts';

export const invoiceStates = ['draft', 'posted', 'partially_paid', 'paid', 'cancelled'] as const;
export type InvoiceState = (typeof invoiceStates)[number];
export const invoiceKinds = ['invoice', 'credit_note'] as const;
export type InvoiceKind = (typeof invoiceKinds)[number];
export const revenueAccounts = ['sales_revenue', 'service_revenue'] as const;
export const paymentMethods = ['cash', 'bank'] as const;
export type PaymentMethod = (typeof paymentMethods)[number];

/**
 * Customer invoices and the credit notes that cancel them. A draft has no number yet: numbers
 * are given when a document is posted, so the posted sequence has no gaps.
 */
export const customerInvoices = pgTable(
  'customer_invoices',
  {
    tenantId: tenantIdColumn(),
    id: idColumn(),
    kind: text().$type<InvoiceKind>().notNull().default('invoice'),
    number: text(),
    customerId: uuid().notNull(),
    customerName: text().notNull(),
    salesOrderId: uuid(),
    /** The invoice a credit note cancels. */
    creditedInvoiceId: uuid(),
    invoiceDate: date({ mode: 'string' }).notNull(),
    dueDate: date({ mode: 'string' }).notNull(),
    /** The customer's payment term when the invoice was made ("2/10 Net 30"), as printed on it. */
    paymentTermName: text(),
    /** An early-payment discount offered, and the last day to pay to earn it; applied by hand for now. */
    earlyPaymentDiscountPercent: percentColumn(),
    earlyPaymentDiscountDueDate: date({ mode: 'string' }),
    currency: varchar({ length: 3 }).notNull(),
    state: text().$type<InvoiceState>().notNull().default('draft'),
    subtotal: moneyColumn().notNull(),
    taxTotal: moneyColumn().notNull(),
    total: moneyColumn().notNull(),
    amountPaid: moneyColumn().notNull().default('0'),
    journalEntryId: uuid(),
    notes: text(),
    createdAt: createdAtColumn(),
    createdBy: uuid(),
    postedAt: timestampColumn(),
    postedBy: uuid(),
    cancelledAt: timestampColumn(),
    cancelledBy: uuid(),
    cancelReason: text(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    unique('customer_invoices_number_unique').on(t.tenantId, t.number),
    index('customer_invoices_by_date').on(t.tenantId, t.invoiceDate, t.id),
    index('customer_invoices_by_customer').on(t.tenantId, t.customerId, t.invoiceDate, t.id),
    index('customer_invoices_by_order').on(t.tenantId, t.salesOrderId),
    index('customer_invoices_open_by_due')
      .on(t.tenantId, t.dueDate, t.id)
      .where(sql`state in (${literalList(openInvoiceStates)})`),
    foreignKey({
      name: 'customer_invoices_customer_fk',
      columns: [t.tenantId, t.customerId],
      foreignColumns: [customers.tenantId, customers.id],
    }),
    foreignKey({
      name: 'customer_invoices_order_fk',
      columns: [t.tenantId, t.salesOrderId],
      foreignColumns: [salesOrders.tenantId, salesOrders.id],
    }),
    foreignKey({
      name: 'customer_invoices_credited_fk',
      columns: [t.tenantId, t.creditedInvoiceId],
      foreignColumns: [t.tenantId, t.id],
    }),
    foreignKey({
      name: 'customer_invoices_entry_fk',
      columns: [t.tenantId, t.journalEntryId],
      foreignColumns: [journalEntries.tenantId, journalEntries.id],
    }),
    check('customer_invoices_state_valid', sql`${t.state} in (${literalList(invoiceStates)})`),
    check('customer_invoices_kind_valid', sql`${t.kind} in ('invoice', 'credit_note')`),
    // A draft cancelled before posting never had a number: numbers go only to invoices that were posted.
    check(
      'customer_invoices_numbered_when_posted',
      sql`${t.state} in ('draft', 'cancelled') or ${t.number} is not null`,
    ),
    check('customer_invoices_paid_within', sql`${t.amountPaid} >= 0 and ${t.amountPaid} <= ${t.total}`),
    check('customer_invoices_amounts_not_negative', sql`${t.subtotal} >= 0 and ${t.taxTotal} >= 0`),
    check('customer_invoices_due_after_date', sql`${t.dueDate} >= ${t.invoiceDate}`),
    tenantIsolation(),
  ],
);

export const customerInvoiceLines = pgTable(
  'customer_invoice_lines',
  {
    tenantId: tenantIdColumn(),
    id: idColumn(),
    invoiceId: uuid().notNull(),
    lineNo: integer().notNull(),
    salesOrderLineId: uuid(),
    productId: uuid(),
    description: text().notNull(),
    quantity: quantityColumn().notNull(),
    unitPrice: moneyColumn().notNull(),
    discountPercent: percentColumn().notNull().default('0'),
    netAmount: moneyColumn().notNull(),
    taxRate: percentColumn().notNull(),
    taxAmount: moneyColumn().notNull(),
    revenueAccount: text().$type<(typeof revenueAccounts)[number]>().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    unique().on(t.tenantId, t.invoiceId, t.lineNo),
    foreignKey({
      name: 'customer_invoice_lines_invoice_fk',
      columns: [t.tenantId, t.invoiceId],
      foreignColumns: [customerInvoices.tenantId, customerInvoices.id],
    }),
    foreignKey({
      name: 'customer_invoice_lines_product_fk',
      columns: [t.tenantId, t.productId],
      foreignColumns: [products.tenantId, products.id],
    }),
    check('customer_invoice_lines_quantity_positive', sql`${t.quantity} > 0`),
    check('customer_invoice_lines_price_not_negative', sql`${t.unitPrice} >= 0`),
    check('customer_invoice_lines_tax_rate', sql`${t.taxRate} between 0 and 100`),
    check('customer_invoice_lines_revenue_account', sql`${t.revenueAccount} in ('sales_revenue', 'service_revenue')`),
    tenantIsolation(),
  ],
);

/** Money received from a customer; what is not allocated to invoices is the customer's credit. */
export const customerPayments = pgTable(
  'customer_payments',
  {
    tenantId: tenantIdColumn(),
    id: idColumn(),
    number: text().notNull(),
    customerId: uuid().notNull(),
    paymentDate: date({ mode: 'string' }).notNull(),
    method: text().$type<PaymentMethod>().notNull(),
    reference: text(),
    amount: moneyColumn().notNull(),
    allocatedAmount: moneyColumn().notNull().default('0'),
    journalEntryId: uuid().notNull(),
    notes: text(),
    createdAt: createdAtColumn(),
    createdBy: uuid(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    unique('customer_payments_number_unique').on(t.tenantId, t.number),
    index('customer_payments_by_date').on(t.tenantId, t.paymentDate, t.id),
    index('customer_payments_by_customer').on(t.tenantId, t.customerId, t.paymentDate, t.id),
    foreignKey({
      name: 'customer_payments_customer_fk',
      columns: [t.tenantId, t.customerId],
      foreignColumns: [customers.tenantId, customers.id],
    }),
    foreignKey({
      name: 'customer_payments_entry_fk',
      columns: [t.tenantId, t.journalEntryId],
      foreignColumns: [journalEntries.tenantId, journalEntries.id],
    }),
    check('customer_payments_amount_positive', sql`${t.amount} > 0`),
    check('customer_payments_method_valid', sql`${t.method} in ('cash', 'bank')`),
    check('customer_payments_allocated_within', sql`${t.allocatedAmount} >= 0 and ${t.allocatedAmount} <= ${t.amount}`),
    tenantIsolation(),
  ],
);

/** A part of a payment settling an invoice, when the payment came in or later from its credit. */
export const paymentAllocations = pgTable(
  'payment_allocations',
  {
    tenantId: tenantIdColumn(),
    id: idColumn(),
    paymentId: uuid().notNull(),
    invoiceId: uuid().notNull(),
    amount: moneyColumn().notNull(),
    allocatedOn: date({ mode: 'string' }).notNull(),
    /** The entry moving customer credit to the invoice, for allocations made after the payment. */
    journalEntryId: uuid(),
    createdAt: createdAtColumn(),
    createdBy: uuid(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    index('payment_allocations_by_invoice').on(t.tenantId, t.invoiceId),
    index('payment_allocations_by_payment').on(t.tenantId, t.paymentId),
    foreignKey({
      name: 'payment_allocations_payment_fk',
      columns: [t.tenantId, t.paymentId],
      foreignColumns: [customerPayments.tenantId, customerPayments.id],
    }),
    foreignKey({
      name: 'payment_allocations_invoice_fk',
      columns: [t.tenantId, t.invoiceId],
      foreignColumns: [customerInvoices.tenantId, customerInvoices.id],
    }),
    check('payment_allocations_amount_positive', sql`${t.amount} > 0`),
    tenantIsolation(),
  ],
);
