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
  uniqueIndex,
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
import { products } from '../catalog/schema.ts';

export const warehouses = pgTable(
  'warehouses',
  {
    tenantId: tenantIdColumn(),
    id: idColumn(),
    code: text().notNull(),
    name: text().notNull(),
    isDefault: boolean().notNull().default(false),
    active: boolean().notNull().default(true),
    createdAt: createdAtColumn(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    uniqueIndex('warehouses_code_unique').on(t.tenantId, sql`lower(${t.code})`),
    uniqueIndex('warehouses_one_default').on(t.tenantId).where(sql`is_default`),
    tenantIsolation(),
  ],
);

/** Internal kinds hold stock; virtual kinds are the other side of receipts, deliveries and losses. */
export const internalLocationKinds = ['storage', 'receiving', 'production', 'dispatch', 'quarantine', 'scrap'] as const;
export const virtualLocationKinds = ['vendor', 'customer', 'production_virtual', 'inventory_loss', 'transit'] as const;
export type LocationKind = (typeof internalLocationKinds)[number] | (typeof virtualLocationKinds)[number];

export const locations = pgTable(
  'locations',
  {
    tenantId: tenantIdColumn(),
    id: idColumn(),
    warehouseId: uuid(),
    code: text().notNull(),
    name: text().notNull(),
    kind: text().$type<LocationKind>().notNull(),
    /** The warehouse's main storage location, where sales reserve and deliver from. */
    isDefault: boolean().notNull().default(false),
    active: boolean().notNull().default(true),
    createdAt: createdAtColumn(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    uniqueIndex('locations_code_unique').on(t.tenantId, sql`lower(${t.code})`),
    uniqueIndex('locations_one_default_per_warehouse').on(t.tenantId, t.warehouseId).where(sql`is_default`),
    foreignKey({
      name: 'locations_warehouse_fk',
      columns: [t.tenantId, t.warehouseId],
      foreignColumns: [warehouses.tenantId, warehouses.id],
    }),
    check(
      'locations_kind_valid',
      sql`${t.kind} in ('storage', 'receiving', 'production', 'dispatch', 'quarantine', 'scrap', 'vendor', 'customer', 'production_virtual', 'inventory_loss', 'transit')`,
    ),
    check(
      'locations_internal_in_warehouse',
      sql`(${t.kind} in ('vendor', 'customer', 'production_virtual', 'inventory_loss', 'transit')) = (${t.warehouseId} is null)`,
    ),
    tenantIsolation(),
  ],
);

/**
 * On hand and reserved per product, internal location and lot, kept in step with the moves in
 * the same transaction. The checks make negative stock and over-reservation impossible, whatever
 * the code above does.
 */
export const stockLevels = pgTable(
  'stock_levels',
  {
    tenantId: tenantIdColumn(),
    id: idColumn(),
    productId: uuid().notNull(),
    locationId: uuid().notNull(),
    lotId: uuid(),
    onHand: quantityColumn().notNull().default('0'),
    reserved: quantityColumn().notNull().default('0'),
    updatedAt: timestampColumn().notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    unique('stock_levels_product_location_lot').on(t.tenantId, t.productId, t.locationId, t.lotId).nullsNotDistinct(),
    index().on(t.tenantId, t.locationId),
    foreignKey({
      name: 'stock_levels_product_fk',
      columns: [t.tenantId, t.productId],
      foreignColumns: [products.tenantId, products.id],
    }),
    foreignKey({
      name: 'stock_levels_location_fk',
      columns: [t.tenantId, t.locationId],
      foreignColumns: [locations.tenantId, locations.id],
    }),
    check('stock_levels_on_hand_not_negative', sql`${t.onHand} >= 0`),
    check('stock_levels_reserved_within_on_hand', sql`${t.reserved} >= 0 and ${t.reserved} <= ${t.onHand}`),
    tenantIsolation(),
  ],
);

export const moveTypes = ['opening', 'adjustment', 'receipt', 'delivery', 'transfer', 'scrap', 'return'] as const;
export type MoveType = (typeof moveTypes)[number];

/** The stock ledger: append-only (the app role may not update or delete it, see migrations). */
export const stockMoves = pgTable(
  'stock_moves',
  {
    tenantId: tenantIdColumn(),
    id: idColumn(),
    productId: uuid().notNull(),
    quantity: quantityColumn().notNull(),
    fromLocationId: uuid().notNull(),
    toLocationId: uuid().notNull(),
    lotId: uuid(),
    unitCost: moneyColumn().notNull(),
    moveType: text().$type<MoveType>().notNull(),
    reason: text(),
    sourceType: text().notNull(),
    sourceId: uuid().notNull(),
    postedAt: createdAtColumn(),
    actorId: uuid(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    index().on(t.tenantId, t.productId, t.postedAt, t.id),
    index().on(t.tenantId, t.sourceType, t.sourceId),
    foreignKey({
      name: 'stock_moves_product_fk',
      columns: [t.tenantId, t.productId],
      foreignColumns: [products.tenantId, products.id],
    }),
    foreignKey({
      name: 'stock_moves_from_location_fk',
      columns: [t.tenantId, t.fromLocationId],
      foreignColumns: [locations.tenantId, locations.id],
    }),
    foreignKey({
      name: 'stock_moves_to_location_fk',
      columns: [t.tenantId, t.toLocationId],
      foreignColumns: [locations.tenantId, locations.id],
    }),
    check('stock_moves_quantity_positive', sql`${t.quantity} > 0`),
    check('stock_moves_between_locations', sql`${t.fromLocationId} <> ${t.toLocationId}`),
    tenantIsolation(),
  ],
);

/** Stock promised to a document (a confirmed sales order) until it is delivered or released. */
export const stockReservations = pgTable(
  'stock_reservations',
  {
    tenantId: tenantIdColumn(),
    id: idColumn(),
    productId: uuid().notNull(),
    locationId: uuid().notNull(),
    lotId: uuid(),
    quantity: quantityColumn().notNull(),
    sourceType: text().notNull(),
    sourceId: uuid().notNull(),
    createdAt: createdAtColumn(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    index().on(t.tenantId, t.sourceType, t.sourceId),
    index().on(t.tenantId, t.productId, t.locationId),
    foreignKey({
      name: 'stock_reservations_product_fk',
      columns: [t.tenantId, t.productId],
      foreignColumns: [products.tenantId, products.id],
    }),
    foreignKey({
      name: 'stock_reservations_location_fk',
      columns: [t.tenantId, t.locationId],
      foreignColumns: [locations.tenantId, locations.id],
    }),
    check('stock_reservations_quantity_positive', sql`${t.quantity} > 0`),
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
    tenantIsolation(),
  ],
);
