import { and, eq, sql } from 'drizzle-orm';
import type { TenantContext } from '../../../db/database.ts';
import { NotFound } from '../../../platform/errors.ts';
import { UnknownReference } from '../errors.ts';
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

export async function uomIdOf(ctx: TenantContext, code: string): Promise<string> {
  const [uom] = await ctx.tx
    .select({ id: unitsOfMeasure.id })
    .from(unitsOfMeasure)
    .where(and(eq(unitsOfMeasure.tenantId, ctx.tenantId), sql`lower(${unitsOfMeasure.code}) = lower(${code})`));
  if (!uom) throw new UnknownReference('unitOfMeasure', `Unit of measure "${code}"`);
  return uom.id;
}

export async function assertCategory(ctx: TenantContext, categoryId: string | null | undefined): Promise<void> {
  if (!categoryId) return;
  const [category] = await ctx.tx
    .select({ id: productCategories.id })
    .from(productCategories)
    .where(and(eq(productCategories.tenantId, ctx.tenantId), eq(productCategories.id, categoryId)));
  if (!category) throw new UnknownReference('categoryId', 'Category');
}

export async function lockProduct(ctx: TenantContext, id: string) {
  const [row] = await ctx.tx
    .select()
    .from(products)
    .where(and(eq(products.tenantId, ctx.tenantId), eq(products.id, id)))
    .for('update');
  if (!row) throw new NotFound('Product', id);
  return row;
}
