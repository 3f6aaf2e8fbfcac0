import { sql } from 'drizzle-orm';
import {
  boolean,
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
import { products } from '../catalog/schema.ts';
import { warehouses } from '../inventory/schema.ts';
import { customers } from '../partners/schema.ts';

export const salesOrderStates = [
  'draft',
  'confirmed',
  'partially_delivered',
  'delivered',
  'invoiced',
  'closed',
  'cancelled',
] as const;
export type SalesOrderState = (typeof salesOrderStates)[number];

export const salesOrders = pgTable(
  'sales_orders',
  {
    tenantId: tenantIdColumn(),
    id: idColumn(),
    number: text().notNull(),
    customerId: uuid().notNull(),
    /** As it was when the order was last saved: the order reads the same after a customer is renamed. */
    customerName: text().notNull(),
    orderDate: date({ mode: 'string' }).notNull(),
    currency: varchar({ length: 3 }).notNull(),
    state: text().$type<SalesOrderState>().notNull().default('draft'),
    warehouseId: uuid().notNull(),
    notes: text(),
    subtotal: moneyColumn().notNull(),
    discountTotal: moneyColumn().notNull(),
    total: moneyColumn().notNull(),
    /** The part of the total already invoiced (net of tax): what is left counts against the credit limit. */
    invoicedAmount: moneyColumn().notNull().default('0'),
    createdAt: createdAtColumn(),
    createdBy: uuid(),
    updatedAt: timestampColumn().notNull().defaultNow(),
    confirmedAt: timestampColumn(),
    confirmedBy: uuid(),
    cancelledAt: timestampColumn(),
    cancelledBy: uuid(),
    cancelReason: text(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    unique('sales_orders_number_unique').on(t.tenantId, t.number),
    index('sales_orders_by_date').on(t.tenantId, t.orderDate, t.id),
    index('sales_orders_by_customer_date').on(t.tenantId, t.customerId, t.orderDate, t.id),
    index('sales_orders_number_prefix').on(t.tenantId, t.number.op('text_pattern_ops')),
    foreignKey({
      name: 'sales_orders_customer_fk',
      columns: [t.tenantId, t.customerId],
      foreignColumns: [customers.tenantId, customers.id],
    }),
    foreignKey({
      name: 'sales_orders_warehouse_fk',
      columns: [t.tenantId, t.warehouseId],
      foreignColumns: [warehouses.tenantId, warehouses.id],
    }),
    check('sales_orders_state_valid', sql`${t.state} in (${literalList(salesOrderStates)})`),
    check('sales_orders_invoiced_within', sql`${t.invoicedAmount} >= 0 and ${t.invoicedAmount} <= ${t.total}`),
    tenantIsolation(),
  ],
);

export const salesOrderLines = pgTable(
  'sales_order_lines',
  {
    tenantId: tenantIdColumn(),
    id: idColumn(),
    salesOrderId: uuid().notNull(),
    lineNo: integer().notNull(),
    productId: uuid().notNull(),
    sku: text().notNull(),
    productName: text().notNull(),
    description: text(),
    unitOfMeasure: text().notNull(),
    /** False for services, which are sold but never reserved or delivered from stock. */
    stocked: boolean().notNull(),
    quantity: quantityColumn().notNull(),
    unitPrice: moneyColumn().notNull(),
    discountPercent: percentColumn().notNull().default('0'),
    lineTotal: moneyColumn().notNull(),
    deliveredQuantity: quantityColumn().notNull().default('0'),
    returnedQuantity: quantityColumn().notNull().default('0'),
    invoicedQuantity: quantityColumn().notNull().default('0'),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    unique().on(t.tenantId, t.salesOrderId, t.lineNo),
    index().on(t.tenantId, t.productId),
    foreignKey({
      name: 'sales_order_lines_order_fk',
      columns: [t.tenantId, t.salesOrderId],
      foreignColumns: [salesOrders.tenantId, salesOrders.id],
    }),
    foreignKey({
      name: 'sales_order_lines_product_fk',
      columns: [t.tenantId, t.productId],
      foreignColumns: [products.tenantId, products.id],
    }),
    check('sales_order_lines_quantity_positive', sql`${t.quantity} > 0`),
    check('sales_order_lines_price_not_negative', sql`${t.unitPrice} >= 0`),
    check('sales_order_lines_discount_percent', sql`${t.discountPercent} between 0 and 100`),
    check(
      'sales_order_lines_delivered_within',
      sql`${t.deliveredQuantity} >= 0 and ${t.deliveredQuantity} <= ${t.quantity} and ${t.returnedQuantity} >= 0 and ${t.returnedQuantity} <= ${t.deliveredQuantity}`,
    ),
    // Goods are invoiced once delivered, services straight from the order.
    check(
      'sales_order_lines_invoiced_within',
      sql`${t.invoicedQuantity} >= 0 and ${t.invoicedQuantity} <= case when ${t.stocked} then ${t.deliveredQuantity} else ${t.quantity} end`,
    ),
    tenantIsolation(),
  ],
);
