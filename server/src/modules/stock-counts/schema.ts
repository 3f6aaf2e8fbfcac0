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
} from 'drizzle-orm/pg-core';
import {
  createdAtColumn,
  idColumn,
  moneyColumn,
  quantityColumn,
  tenantIdColumn,
  tenantIsolation,
  timestampColumn,
} from '../../db/columns.ts';
import { literalList } from '../../db/sql-fragments.ts';
import { products } from '../catalog/schema.ts';
import { locations, lots, stockAdjustments, warehouses } from '../inventory/schema.ts';

export const stockCountStates = [
  'scheduled',
  'counting',
  'counted',
  'reviewed',
  'approved',
  'posted',
  'cancelled',
] as const;
export type StockCountState = (typeof stockCountStates)[number];

export const countFrequencies = ['daily', 'weekly', 'monthly', 'quarterly', 'yearly', 'ad_hoc'] as const;
export type CountFrequency = (typeof countFrequencies)[number];

/** SPEC §4.4: why a counted quantity differs from the system's. */
export const varianceReasons = [
  'theft',
  'damage',
  'input_error',
  'return_not_recorded',
  'receiving_error',
  'expired',
  'shrinkage',
  'system_error',
  'unknown',
  'other',
] as const;
export type VarianceReason = (typeof varianceReasons)[number];

/**
 * A stock count (stock opname) of one warehouse, narrowed to some zones, locations or product
 * categories (empty: all of them). Each transition stamps who and when; the count keeps the
 * adjustment its posting made.
 */
export const stockCounts = pgTable(
  'stock_counts',
  {
    tenantId: tenantIdColumn(),
    id: idColumn(),
    number: text().notNull(),
    warehouseId: uuid().notNull(),
    /** As it was when scheduled, so lists and printed sheets read the same after a rename. */
    warehouseName: text().notNull(),
    zoneIds: uuid().array().notNull().default(sql`'{}'::uuid[]`),
    locationIds: uuid().array().notNull().default(sql`'{}'::uuid[]`),
    categoryIds: uuid().array().notNull().default(sql`'{}'::uuid[]`),
    frequency: text().$type<CountFrequency>().notNull(),
    plannedDate: date({ mode: 'string' }).notNull(),
    /** Counters see neither the system quantities nor the variances while counting. */
    blind: boolean().notNull().default(false),
    /** User ids of the counting team, members of the company when scheduled. */
    teamUserIds: uuid().array().notNull().default(sql`'{}'::uuid[]`),
    note: text(),
    state: text().$type<StockCountState>().notNull().default('scheduled'),
    createdAt: createdAtColumn(),
    createdBy: uuid(),
    updatedAt: timestampColumn().notNull().defaultNow(),
    startedAt: timestampColumn(),
    startedBy: uuid(),
    countedAt: timestampColumn(),
    countedBy: uuid(),
    reviewedAt: timestampColumn(),
    reviewedBy: uuid(),
    approvedAt: timestampColumn(),
    approvedBy: uuid(),
    postedAt: timestampColumn(),
    postedBy: uuid(),
    /** The last rejection, which sent the count back to counting. */
    rejectedAt: timestampColumn(),
    rejectedBy: uuid(),
    rejectReason: text(),
    cancelledAt: timestampColumn(),
    cancelledBy: uuid(),
    cancelReason: text(),
    adjustmentId: uuid(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    unique('stock_counts_number_unique').on(t.tenantId, t.number),
    index('stock_counts_by_date').on(t.tenantId, t.plannedDate, t.id),
    index('stock_counts_by_warehouse_date').on(t.tenantId, t.warehouseId, t.plannedDate, t.id),
    foreignKey({
      name: 'stock_counts_warehouse_fk',
      columns: [t.tenantId, t.warehouseId],
      foreignColumns: [warehouses.tenantId, warehouses.id],
    }),
    foreignKey({
      name: 'stock_counts_adjustment_fk',
      columns: [t.tenantId, t.adjustmentId],
      foreignColumns: [stockAdjustments.tenantId, stockAdjustments.id],
    }),
    check('stock_counts_state_valid', sql`${t.state} in (${literalList(stockCountStates)})`),
    check('stock_counts_frequency_valid', sql`${t.frequency} in (${literalList(countFrequencies)})`),
    tenantIsolation(),
  ],
);

/**
 * One product (and lot) at one location: the system quantity and unit cost when counting
 * started (zero for what the counters found that the system did not know), and what was counted.
 */
export const stockCountLines = pgTable(
  'stock_count_lines',
  {
    tenantId: tenantIdColumn(),
    id: idColumn(),
    countId: uuid().notNull(),
    lineNo: integer().notNull(),
    productId: uuid().notNull(),
    locationId: uuid().notNull(),
    lotId: uuid(),
    /** The product, location and lot as they were named when the line was made: what the sheet shows. */
    sku: text().notNull(),
    productName: text().notNull(),
    barcode: text(),
    unitOfMeasure: text().notNull(),
    locationCode: text().notNull(),
    lotNumber: text(),
    systemQuantity: quantityColumn().notNull(),
    unitCost: moneyColumn().notNull(),
    countedQuantity: quantityColumn(),
    /** Found while counting: not in the snapshot. */
    addedWhileCounting: boolean().notNull().default(false),
    recount: boolean().notNull().default(false),
    reason: text().$type<VarianceReason>(),
    note: text(),
    countedAt: timestampColumn(),
    countedBy: uuid(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    unique('stock_count_lines_line_no').on(t.tenantId, t.countId, t.lineNo),
    unique('stock_count_lines_balance')
      .on(t.tenantId, t.countId, t.productId, t.locationId, t.lotId)
      .nullsNotDistinct(),
    foreignKey({
      name: 'stock_count_lines_count_fk',
      columns: [t.tenantId, t.countId],
      foreignColumns: [stockCounts.tenantId, stockCounts.id],
    }),
    foreignKey({
      name: 'stock_count_lines_product_fk',
      columns: [t.tenantId, t.productId],
      foreignColumns: [products.tenantId, products.id],
    }),
    foreignKey({
      name: 'stock_count_lines_location_fk',
      columns: [t.tenantId, t.locationId],
      foreignColumns: [locations.tenantId, locations.id],
    }),
    foreignKey({
      name: 'stock_count_lines_lot_fk',
      columns: [t.tenantId, t.lotId],
      foreignColumns: [lots.tenantId, lots.id],
    }),
    check('stock_count_lines_quantities_valid', sql`${t.systemQuantity} >= 0 and ${t.unitCost} >= 0`),
    check('stock_count_lines_counted_valid', sql`${t.countedQuantity} is null or ${t.countedQuantity} >= 0`),
    check(
      'stock_count_lines_reason_valid',
      sql`${t.reason} is null or ${t.reason} in (${literalList(varianceReasons)})`,
    ),
    tenantIsolation(),
  ],
);
