import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  foreignKey,
  index,
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
} from '../../../db/columns.ts';
import { products } from '../../catalog/schema.ts';
import { locations } from './structure.ts';

/** A lot (batch) of a lot-tracked product, or one serial number of a serial-tracked product. */
export const lots = pgTable(
  'lots',
  {
    tenantId: tenantIdColumn(),
    id: idColumn(),
    productId: uuid().notNull(),
    number: text().notNull(),
    isSerial: boolean().notNull(),
    expiryDate: date({ mode: 'string' }),
    createdAt: createdAtColumn(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    uniqueIndex('lots_number_unique').on(t.tenantId, t.productId, sql`lower(${t.number})`),
    index().on(t.tenantId, t.productId, t.expiryDate),
    foreignKey({
      name: 'lots_product_fk',
      columns: [t.tenantId, t.productId],
      foreignColumns: [products.tenantId, products.id],
    }),
    tenantIsolation(),
  ],
);

/**
 * On hand and reserved per product, stock-holding location and lot, kept in step with the moves
 * in the same transaction. The checks make negative stock and over-reservation impossible,
 * whatever the code above does; a serial number is on hand once, in one place.
 */
export const stockLevels = pgTable(
  'stock_levels',
  {
    tenantId: tenantIdColumn(),
    id: idColumn(),
    productId: uuid().notNull(),
    locationId: uuid().notNull(),
    lotId: uuid(),
    isSerial: boolean().notNull().default(false),
    onHand: quantityColumn().notNull().default('0'),
    reserved: quantityColumn().notNull().default('0'),
    updatedAt: timestampColumn().notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    unique('stock_levels_product_location_lot').on(t.tenantId, t.productId, t.locationId, t.lotId).nullsNotDistinct(),
    index().on(t.tenantId, t.locationId),
    uniqueIndex('stock_levels_serial_in_one_place').on(t.tenantId, t.lotId).where(sql`is_serial and on_hand > 0`),
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
    foreignKey({
      name: 'stock_levels_lot_fk',
      columns: [t.tenantId, t.lotId],
      foreignColumns: [lots.tenantId, lots.id],
    }),
    check('stock_levels_on_hand_not_negative', sql`${t.onHand} >= 0`),
    check('stock_levels_reserved_within_on_hand', sql`${t.reserved} >= 0 and ${t.reserved} <= ${t.onHand}`),
    check('stock_levels_serial_is_one', sql`not ${t.isSerial} or (${t.lotId} is not null and ${t.onHand} <= 1)`),
    tenantIsolation(),
  ],
);

export const moveTypes = [
  'opening',
  'adjustment',
  'receipt',
  'delivery',
  'transfer',
  'scrap',
  'return',
  'count',
] as const;
export type MoveType = (typeof moveTypes)[number];

/**
 * The stock ledger: append-only (the app role may not update or delete it, see migrations).
 * Every move carries its unit cost and value; moves into and out of stock-holding locations
 * change the valuation, moves between them do not.
 */
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
    value: moneyColumn().notNull().default('0'),
    moveType: text().$type<MoveType>().notNull(),
    reason: text(),
    sourceType: text().notNull(),
    sourceId: uuid().notNull(),
    postedAt: createdAtColumn(),
    actorId: uuid(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    index('stock_moves_by_time').on(t.tenantId, t.postedAt, t.id),
    index().on(t.tenantId, t.productId, t.postedAt, t.id),
    index('stock_moves_by_from').on(t.tenantId, t.fromLocationId, t.postedAt, t.id),
    index('stock_moves_by_to').on(t.tenantId, t.toLocationId, t.postedAt, t.id),
    index('stock_moves_by_lot').on(t.tenantId, t.lotId, t.postedAt, t.id).where(sql`lot_id is not null`),
    // The history page filters by type and by user; rare values would otherwise scan the ledger.
    index('stock_moves_by_type').on(t.tenantId, t.moveType, t.postedAt, t.id),
    index('stock_moves_by_actor').on(t.tenantId, t.actorId, t.postedAt, t.id),
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
    foreignKey({
      name: 'stock_moves_lot_fk',
      columns: [t.tenantId, t.lotId],
      foreignColumns: [lots.tenantId, lots.id],
    }),
    check('stock_moves_quantity_positive', sql`${t.quantity} > 0`),
    check('stock_moves_value_not_negative', sql`${t.value} >= 0 and ${t.unitCost} >= 0`),
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
    foreignKey({
      name: 'stock_reservations_lot_fk',
      columns: [t.tenantId, t.lotId],
      foreignColumns: [lots.tenantId, lots.id],
    }),
    check('stock_reservations_quantity_positive', sql`${t.quantity} > 0`),
    tenantIsolation(),
  ],
);

/**
 * A product's stock in the whole company: quantity and value, changed by every move into or out
 * of stock. For average costing the unit cost is value ÷ quantity; for FIFO it equals the sum of
 * the open cost layers.
 */
export const stockValuations = pgTable(
  'stock_valuations',
  {
    tenantId: tenantIdColumn(),
    productId: uuid().notNull(),
    quantity: quantityColumn().notNull(),
    value: moneyColumn().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.productId] }),
    foreignKey({
      name: 'stock_valuations_product_fk',
      columns: [t.tenantId, t.productId],
      foreignColumns: [products.tenantId, products.id],
    }),
    check('stock_valuations_not_negative', sql`${t.quantity} >= 0 and ${t.value} >= 0`),
    tenantIsolation(),
  ],
);

/** FIFO: what each receipt still has left, at its own unit cost; deliveries consume the oldest. */
export const costLayers = pgTable(
  'cost_layers',
  {
    tenantId: tenantIdColumn(),
    id: idColumn(),
    productId: uuid().notNull(),
    receivedAt: timestampColumn().notNull(),
    quantity: quantityColumn().notNull(),
    remainingQuantity: quantityColumn().notNull(),
    unitCost: moneyColumn().notNull(),
    remainingValue: moneyColumn().notNull(),
    sourceMoveId: uuid().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    index('cost_layers_open').on(t.tenantId, t.productId, t.receivedAt, t.id).where(sql`remaining_quantity > 0`),
    foreignKey({
      name: 'cost_layers_product_fk',
      columns: [t.tenantId, t.productId],
      foreignColumns: [products.tenantId, products.id],
    }),
    check(
      'cost_layers_remaining_valid',
      sql`${t.remainingQuantity} >= 0 and ${t.remainingQuantity} <= ${t.quantity} and ${t.remainingValue} >= 0`,
    ),
    tenantIsolation(),
  ],
);

/**
 * Products whose available stock is under their reorder point, since when. A row appears when a
 * product falls under (and its alert goes out) and disappears when it recovers, so an alert is
 * raised once per fall rather than on every move.
 */
export const lowStockAlerts = pgTable(
  'low_stock_alerts',
  {
    tenantId: tenantIdColumn(),
    productId: uuid().notNull(),
    raisedAt: createdAtColumn(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.productId] }),
    foreignKey({
      name: 'low_stock_alerts_product_fk',
      columns: [t.tenantId, t.productId],
      foreignColumns: [products.tenantId, products.id],
    }),
    tenantIsolation(),
  ],
);
