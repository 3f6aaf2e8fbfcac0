import { sql } from 'drizzle-orm';
import { check, date, foreignKey, index, integer, pgTable, primaryKey, text, unique, uuid } from 'drizzle-orm/pg-core';
import {
  createdAtColumn,
  idColumn,
  moneyColumn,
  quantityColumn,
  tenantIdColumn,
  tenantIsolation,
  timestampColumn,
} from '../../../db/columns.ts';
import { literalList } from '../../../db/sql-fragments.ts';
import { products } from '../../catalog/schema.ts';
import { lots } from './stock.ts';
import { locations, warehouses } from './structure.ts';

export const operationTypes = ['receipt', 'delivery', 'transfer', 'scrap', 'return'] as const;
export type OperationType = (typeof operationTypes)[number];
export const operationStates = ['in_transit', 'done'] as const;
export type OperationState = (typeof operationStates)[number];

/**
 * A document that moved stock: a receipt, a delivery, a transfer, a scrap or a customer return.
 * All are done when posted, except a transfer between warehouses, which is in transit until
 * the receiving warehouse takes it in (possibly in parts).
 */
export const stockOperations = pgTable(
  'stock_operations',
  {
    tenantId: tenantIdColumn(),
    id: idColumn(),
    number: text().notNull(),
    type: text().$type<OperationType>().notNull(),
    state: text().$type<OperationState>().notNull(),
    fromLocationId: uuid().notNull(),
    toLocationId: uuid().notNull(),
    partnerName: text(),
    reference: text(),
    sourceType: text(),
    sourceId: uuid(),
    notes: text(),
    operationDate: date({ mode: 'string' }).notNull(),
    createdAt: createdAtColumn(),
    createdBy: uuid(),
    doneAt: timestampColumn(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    unique('stock_operations_number_unique').on(t.tenantId, t.number),
    index().on(t.tenantId, t.type, t.createdAt, t.id),
    index().on(t.tenantId, t.sourceType, t.sourceId),
    foreignKey({
      name: 'stock_operations_from_fk',
      columns: [t.tenantId, t.fromLocationId],
      foreignColumns: [locations.tenantId, locations.id],
    }),
    foreignKey({
      name: 'stock_operations_to_fk',
      columns: [t.tenantId, t.toLocationId],
      foreignColumns: [locations.tenantId, locations.id],
    }),
    check('stock_operations_type_valid', sql`${t.type} in ('receipt', 'delivery', 'transfer', 'scrap', 'return')`),
    check('stock_operations_state_valid', sql`${t.state} in (${literalList(operationStates)})`),
    tenantIsolation(),
  ],
);

export const stockOperationLines = pgTable(
  'stock_operation_lines',
  {
    tenantId: tenantIdColumn(),
    id: idColumn(),
    operationId: uuid().notNull(),
    lineNo: integer().notNull(),
    productId: uuid().notNull(),
    lotId: uuid(),
    quantity: quantityColumn().notNull(),
    /** For a transfer in transit: how much the receiving warehouse has taken in so far. */
    quantityReceived: quantityColumn().notNull().default('0'),
    unitCost: moneyColumn().notNull(),
    value: moneyColumn().notNull(),
    sourceLineId: uuid(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    unique().on(t.tenantId, t.operationId, t.lineNo),
    index().on(t.tenantId, t.lotId),
    foreignKey({
      name: 'stock_operation_lines_operation_fk',
      columns: [t.tenantId, t.operationId],
      foreignColumns: [stockOperations.tenantId, stockOperations.id],
    }),
    foreignKey({
      name: 'stock_operation_lines_product_fk',
      columns: [t.tenantId, t.productId],
      foreignColumns: [products.tenantId, products.id],
    }),
    foreignKey({
      name: 'stock_operation_lines_lot_fk',
      columns: [t.tenantId, t.lotId],
      foreignColumns: [lots.tenantId, lots.id],
    }),
    check('stock_operation_lines_quantity_positive', sql`${t.quantity} > 0`),
    check(
      'stock_operation_lines_received_within',
      sql`${t.quantityReceived} >= 0 and ${t.quantityReceived} <= ${t.quantity}`,
    ),
    tenantIsolation(),
  ],
);

export const adjustmentReasons = [
  'opening_stock',
  'correction',
  'damage',
  'theft',
  'expired',
  'found',
  'stock_count',
  'other',
] as const;
export type AdjustmentReason = (typeof adjustmentReasons)[number];

export const stockAdjustments = pgTable(
  'stock_adjustments',
  {
    tenantId: tenantIdColumn(),
    id: idColumn(),
    number: text().notNull(),
    warehouseId: uuid().notNull(),
    reason: text().$type<AdjustmentReason>().notNull(),
    note: text(),
    adjustedOn: date({ mode: 'string' }).notNull(),
    createdAt: createdAtColumn(),
    createdBy: uuid(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    unique().on(t.tenantId, t.number),
    index().on(t.tenantId, t.createdAt, t.id),
    foreignKey({
      name: 'stock_adjustments_warehouse_fk',
      columns: [t.tenantId, t.warehouseId],
      foreignColumns: [warehouses.tenantId, warehouses.id],
    }),
    tenantIsolation(),
  ],
);

export const stockAdjustmentLines = pgTable(
  'stock_adjustment_lines',
  {
    tenantId: tenantIdColumn(),
    id: idColumn(),
    adjustmentId: uuid().notNull(),
    lineNo: integer().notNull(),
    productId: uuid().notNull(),
    locationId: uuid().notNull(),
    lotId: uuid(),
    reason: text(),
    quantityBefore: quantityColumn().notNull(),
    quantityAfter: quantityColumn().notNull(),
    unitCost: moneyColumn().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    unique().on(t.tenantId, t.adjustmentId, t.lineNo),
    foreignKey({
      name: 'stock_adjustment_lines_adjustment_fk',
      columns: [t.tenantId, t.adjustmentId],
      foreignColumns: [stockAdjustments.tenantId, stockAdjustments.id],
    }),
    foreignKey({
      name: 'stock_adjustment_lines_product_fk',
      columns: [t.tenantId, t.productId],
      foreignColumns: [products.tenantId, products.id],
    }),
    foreignKey({
      name: 'stock_adjustment_lines_location_fk',
      columns: [t.tenantId, t.locationId],
      foreignColumns: [locations.tenantId, locations.id],
    }),
    foreignKey({
      name: 'stock_adjustment_lines_lot_fk',
      columns: [t.tenantId, t.lotId],
      foreignColumns: [lots.tenantId, lots.id],
    }),
    tenantIsolation(),
  ],
);
