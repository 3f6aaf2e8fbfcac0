import { and, eq, sql } from 'drizzle-orm';
import type { TenantContext } from '../../../db/database.ts';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { BadRequest, NotFound } from '../../../platform/errors.ts';
import { ProductInUse, UnknownReference } from '../errors.ts';
import type { ProductStock } from '../product-stock.ts';
import { getProduct, type ProductRow } from '../queries/product-queries.ts';
import { type ProductType, productCategories, products, unitsOfMeasure } from '../schema.ts';

export interface ProductFields {
  sku: string;
  name: string;
  description?: string | null | undefined;
  type: ProductType;
  categoryId?: string | null | undefined;
  unitOfMeasure: string;
  salePrice: string;
  standardCost: string;
  costingMethod: 'average' | 'fifo';
  tracking: 'none' | 'lot' | 'serial';
  reorderPoint: string;
  reorderQuantity: string;
  barcode?: string | null | undefined;
}

export interface NewProduct extends ProductFields {
  openingStock?: { quantity: string; unitCost?: string | undefined; warehouseId?: string | undefined } | undefined;
}

async function uomIdOf(ctx: TenantContext, code: string): Promise<string> {
  const [uom] = await ctx.tx
    .select({ id: unitsOfMeasure.id })
    .from(unitsOfMeasure)
    .where(and(eq(unitsOfMeasure.tenantId, ctx.tenantId), sql`lower(${unitsOfMeasure.code}) = lower(${code})`));
  if (!uom) throw new UnknownReference('unitOfMeasure', `Unit of measure "${code}"`);
  return uom.id;
}

async function assertCategory(ctx: TenantContext, categoryId: string | null | undefined): Promise<void> {
  if (!categoryId) return;
  const [category] = await ctx.tx
    .select({ id: productCategories.id })
    .from(productCategories)
    .where(and(eq(productCategories.tenantId, ctx.tenantId), eq(productCategories.id, categoryId)));
  if (!category) throw new UnknownReference('categoryId', 'Category');
}

/** A product, and its opening stock in the same transaction when given. */
export async function createProduct(ctx: TenantContext, input: NewProduct, stock: ProductStock): Promise<ProductRow> {
  if (input.openingStock && input.type === 'service') {
    throw new BadRequest('validation_failed', 'Invalid request. openingStock: services carry no stock', {
      fields: [{ path: 'openingStock', message: 'Services carry no stock' }],
    });
  }
  await assertCategory(ctx, input.categoryId);
  const { openingStock, unitOfMeasure, ...fields } = input;
  const [created] = await ctx.tx
    .insert(products)
    .values({ ...fields, tenantId: ctx.tenantId, uomId: await uomIdOf(ctx, unitOfMeasure) })
    .returning({ id: products.id });
  if (openingStock) {
    await stock.postOpeningStock(ctx, {
      productId: created!.id,
      quantity: openingStock.quantity,
      unitCost: openingStock.unitCost ?? input.standardCost,
      warehouseId: openingStock.warehouseId,
    });
  }
  const product = (await getProduct(ctx, created!.id))!;
  await recordAudit(ctx, {
    action: 'product.created',
    entity: 'product',
    entityId: product.id,
    after: { ...product, openingStock },
  });
  return product;
}

async function lockProduct(ctx: TenantContext, id: string) {
  const [row] = await ctx.tx
    .select()
    .from(products)
    .where(and(eq(products.tenantId, ctx.tenantId), eq(products.id, id)))
    .for('update');
  if (!row) throw new NotFound('Product', id);
  return row;
}

/** Changes the fields sent. Once a product has stock moves, its unit, type and tracking are fixed. */
export async function updateProduct(
  ctx: TenantContext,
  id: string,
  patch: Partial<ProductFields> & { active?: boolean | undefined },
  stock: ProductStock,
): Promise<ProductRow> {
  const before = await lockProduct(ctx, id);
  const { unitOfMeasure, ...fields } = patch;
  const uomId = unitOfMeasure === undefined ? undefined : await uomIdOf(ctx, unitOfMeasure);
  const changesStockNature =
    (uomId !== undefined && uomId !== before.uomId) ||
    (fields.type !== undefined && fields.type !== before.type) ||
    (fields.tracking !== undefined && fields.tracking !== before.tracking);
  if (changesStockNature && (await stock.hasMoves(ctx, id))) {
    throw new ProductInUse('has stock moves, so its unit of measure, type and tracking can no longer change');
  }
  await assertCategory(ctx, fields.categoryId);
  await ctx.tx
    .update(products)
    .set({ ...fields, ...(uomId ? { uomId } : {}), updatedAt: new Date() })
    .where(and(eq(products.tenantId, ctx.tenantId), eq(products.id, id)));
  const after = (await getProduct(ctx, id))!;
  await recordAudit(ctx, { action: 'product.updated', entity: 'product', entityId: id, before, after });
  return after;
}

/**
 * Only a product nothing refers to can be deleted. The foreign keys of stock moves and document
 * lines refuse the rest; their modules explain those constraints as `product_in_use`.
 */
export async function deleteProduct(ctx: TenantContext, id: string): Promise<void> {
  const before = await lockProduct(ctx, id);
  await ctx.tx.delete(products).where(and(eq(products.tenantId, ctx.tenantId), eq(products.id, id)));
  await recordAudit(ctx, { action: 'product.deleted', entity: 'product', entityId: id, before });
}

export async function createCategory(ctx: TenantContext, input: { name: string; parentId?: string | undefined }) {
  await assertCategory(ctx, input.parentId);
  const [category] = await ctx.tx
    .insert(productCategories)
    .values({ tenantId: ctx.tenantId, name: input.name, parentId: input.parentId ?? null })
    .returning({ id: productCategories.id, name: productCategories.name, parentId: productCategories.parentId });
  await recordAudit(ctx, {
    action: 'category.created',
    entity: 'product_category',
    entityId: category!.id,
    after: category,
  });
  return category!;
}

const defaultUnits = [
  { code: 'pcs', name: 'Pieces', decimals: 0 },
  { code: 'box', name: 'Boxes', decimals: 0 },
  { code: 'kg', name: 'Kilograms', decimals: 3 },
  { code: 'g', name: 'Grams', decimals: 0 },
  { code: 'l', name: 'Litres', decimals: 3 },
  { code: 'ml', name: 'Millilitres', decimals: 0 },
  { code: 'm', name: 'Metres', decimals: 3 },
  { code: 'h', name: 'Hours', decimals: 2 },
];

export async function seedUnitsOfMeasure(ctx: TenantContext): Promise<void> {
  await ctx.tx.insert(unitsOfMeasure).values(defaultUnits.map((u) => ({ ...u, tenantId: ctx.tenantId })));
}
