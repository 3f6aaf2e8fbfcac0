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

export const unitsOfMeasure = pgTable(
  'units_of_measure',
  {
    tenantId: tenantIdColumn(),
    id: idColumn(),
    code: text().notNull(),
    name: text().notNull(),
    /** Decimal places a quantity in this unit may have: 0 for pieces, 3 for kilograms. */
    decimals: integer().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    uniqueIndex('units_of_measure_code_unique').on(t.tenantId, sql`lower(${t.code})`),
    check('units_of_measure_decimals_valid', sql`${t.decimals} between 0 and 4`),
    tenantIsolation(),
  ],
);

export const productCategories = pgTable(
  'product_categories',
  {
    tenantId: tenantIdColumn(),
    id: idColumn(),
    name: text().notNull(),
    parentId: uuid(),
    createdAt: createdAtColumn(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    uniqueIndex('product_categories_name_unique').on(t.tenantId, sql`lower(${t.name})`),
    foreignKey({
      name: 'product_categories_parent_fk',
      columns: [t.tenantId, t.parentId],
      foreignColumns: [t.tenantId, t.id],
    }),
    tenantIsolation(),
  ],
);

export const productTypes = ['raw_material', 'semi_finished', 'finished_good', 'consumable', 'service'] as const;
export type ProductType = (typeof productTypes)[number];
export const costingMethods = ['average', 'fifo'] as const;
export const trackingModes = ['none', 'lot', 'serial'] as const;

export const products = pgTable(
  'products',
  {
    tenantId: tenantIdColumn(),
    id: idColumn(),
    sku: text().notNull(),
    name: text().notNull(),
    description: text(),
    type: text().$type<ProductType>().notNull(),
    categoryId: uuid(),
    uomId: uuid().notNull(),
    salePrice: moneyColumn().notNull().default('0'),
    standardCost: moneyColumn().notNull().default('0'),
    costingMethod: text().$type<(typeof costingMethods)[number]>().notNull().default('average'),
    tracking: text().$type<(typeof trackingModes)[number]>().notNull().default('none'),
    reorderPoint: quantityColumn().notNull().default('0'),
    reorderQuantity: quantityColumn().notNull().default('0'),
    barcode: text(),
    active: boolean().notNull().default(true),
    createdAt: createdAtColumn(),
    updatedAt: timestampColumn().notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    uniqueIndex('products_sku_unique').on(t.tenantId, sql`lower(${t.sku})`),
    uniqueIndex('products_barcode_unique').on(t.tenantId, t.barcode),
    index().on(t.tenantId, t.name, t.id),
    index().on(t.tenantId, t.createdAt, t.id),
    foreignKey({
      name: 'products_category_fk',
      columns: [t.tenantId, t.categoryId],
      foreignColumns: [productCategories.tenantId, productCategories.id],
    }),
    foreignKey({
      name: 'products_uom_fk',
      columns: [t.tenantId, t.uomId],
      foreignColumns: [unitsOfMeasure.tenantId, unitsOfMeasure.id],
    }),
    check(
      'products_type_valid',
      sql`${t.type} in ('raw_material', 'semi_finished', 'finished_good', 'consumable', 'service')`,
    ),
    check('products_costing_method_valid', sql`${t.costingMethod} in ('average', 'fifo')`),
    check('products_tracking_valid', sql`${t.tracking} in ('none', 'lot', 'serial')`),
    check('products_prices_not_negative', sql`${t.salePrice} >= 0 and ${t.standardCost} >= 0`),
    check('products_reorder_not_negative', sql`${t.reorderPoint} >= 0 and ${t.reorderQuantity} >= 0`),
    tenantIsolation(),
  ],
);
