import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  foreignKey,
  numeric,
  pgTable,
  primaryKey,
  text,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAtColumn, idColumn, quantityColumn, tenantIdColumn, tenantIsolation } from '../../../db/columns.ts';

export const warehouses = pgTable(
  'warehouses',
  {
    tenantId: tenantIdColumn(),
    id: idColumn(),
    code: text().notNull(),
    name: text().notNull(),
    address: text(),
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

export const zoneKinds = ['ambient', 'chiller', 'frozen', 'dangerous'] as const;
export type ZoneKind = (typeof zoneKinds)[number];

/** Part of a warehouse with its own storage conditions. */
export const zones = pgTable(
  'zones',
  {
    tenantId: tenantIdColumn(),
    id: idColumn(),
    warehouseId: uuid().notNull(),
    code: text().notNull(),
    name: text().notNull(),
    kind: text().$type<ZoneKind>().notNull(),
    minTemperature: numeric({ precision: 5, scale: 1, mode: 'string' }),
    maxTemperature: numeric({ precision: 5, scale: 1, mode: 'string' }),
    capacity: quantityColumn(),
    capacityUnit: text(),
    active: boolean().notNull().default(true),
    createdAt: createdAtColumn(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    uniqueIndex('zones_code_unique').on(t.tenantId, t.warehouseId, sql`lower(${t.code})`),
    unique('zones_in_warehouse').on(t.tenantId, t.warehouseId, t.id),
    foreignKey({
      name: 'zones_warehouse_fk',
      columns: [t.tenantId, t.warehouseId],
      foreignColumns: [warehouses.tenantId, warehouses.id],
    }),
    check('zones_kind_valid', sql`${t.kind} in ('ambient', 'chiller', 'frozen', 'dangerous')`),
    check(
      'zones_temperature_range',
      sql`${t.minTemperature} is null or ${t.maxTemperature} is null or ${t.minTemperature} <= ${t.maxTemperature}`,
    ),
    check('zones_capacity_positive', sql`${t.capacity} is null or ${t.capacity} > 0`),
    tenantIsolation(),
  ],
);

/**
 * Internal kinds hold stock in a warehouse; virtual kinds are the other side of receipts,
 * deliveries and losses. Transit is virtual (no warehouse) yet holds stock: goods on their way
 * between two warehouses are still the company's.
 */
export const internalLocationKinds = ['storage', 'receiving', 'production', 'dispatch', 'quarantine', 'scrap'] as const;
export const virtualLocationKinds = ['vendor', 'customer', 'production_virtual', 'inventory_loss', 'transit'] as const;
export const locationKinds = [...internalLocationKinds, ...virtualLocationKinds] as const;
export type LocationKind = (typeof locationKinds)[number];

export const locations = pgTable(
  'locations',
  {
    tenantId: tenantIdColumn(),
    id: idColumn(),
    warehouseId: uuid(),
    zoneId: uuid(),
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
    foreignKey({
      name: 'locations_zone_fk',
      columns: [t.tenantId, t.warehouseId, t.zoneId],
      foreignColumns: [zones.tenantId, zones.warehouseId, zones.id],
    }),
    check(
      'locations_kind_valid',
      sql`${t.kind} in ('storage', 'receiving', 'production', 'dispatch', 'quarantine', 'scrap', 'vendor', 'customer', 'production_virtual', 'inventory_loss', 'transit')`,
    ),
    check(
      'locations_internal_in_warehouse',
      sql`(${t.kind} in ('vendor', 'customer', 'production_virtual', 'inventory_loss', 'transit')) = (${t.warehouseId} is null)`,
    ),
    check('locations_zone_needs_warehouse', sql`${t.zoneId} is null or ${t.warehouseId} is not null`),
    tenantIsolation(),
  ],
);

/** Locations with balances, whose stock is valued: every warehouse location, and goods in transit. */
export const stockHoldingKinds: readonly LocationKind[] = [...internalLocationKinds, 'transit'];

/** SQL: the location kind holds stock. */
export const holdsStock = (kind: unknown) =>
  sql`(${kind} in (${sql.raw(stockHoldingKinds.map((k) => `'${k}'`).join(', '))}))`;
