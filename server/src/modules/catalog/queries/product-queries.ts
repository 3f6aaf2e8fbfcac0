import { and, asc, eq, ilike, inArray, or, sql } from 'drizzle-orm';
import type { TenantContext } from '../../../db/database.ts';
import { containsPattern } from '../../../db/sql-fragments.ts';
import { keyset, parseSort, toPage } from '../../../platform/http/pagination.ts';
import { type ProductType, productCategories, products, unitsOfMeasure } from '../schema.ts';

export const productColumns = {
  id: products.id,
  sku: products.sku,
  name: products.name,
  description: products.description,
  type: products.type,
  categoryId: products.categoryId,
  categoryName: productCategories.name,
  unitOfMeasure: unitsOfMeasure.code,
  uomDecimals: unitsOfMeasure.decimals,
  salePrice: products.salePrice,
  standardCost: products.standardCost,
  costingMethod: products.costingMethod,
  tracking: products.tracking,
  reorderPoint: products.reorderPoint,
  reorderQuantity: products.reorderQuantity,
  barcode: products.barcode,
  active: products.active,
  createdAt: products.createdAt,
  updatedAt: products.updatedAt,
};

function selectProducts(ctx: TenantContext) {
  return ctx.tx
    .select(productColumns)
    .from(products)
    .innerJoin(
      unitsOfMeasure,
      and(eq(unitsOfMeasure.tenantId, products.tenantId), eq(unitsOfMeasure.id, products.uomId)),
    )
    .leftJoin(
      productCategories,
      and(eq(productCategories.tenantId, products.tenantId), eq(productCategories.id, products.categoryId)),
    );
}

export async function getProduct(ctx: TenantContext, id: string): Promise<ProductRow | undefined> {
  const [row] = await selectProducts(ctx).where(and(eq(products.tenantId, ctx.tenantId), eq(products.id, id)));
  return row;
}

export async function getProductsByIds(ctx: TenantContext, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return selectProducts(ctx).where(and(eq(products.tenantId, ctx.tenantId), inArray(products.id, [...ids])));
}

export type ProductRow = Awaited<ReturnType<typeof getProductsByIds>>[number];

/** The products with these ids, by id; ids may repeat (one per document line). */
export async function productsById(ctx: TenantContext, ids: readonly string[]): Promise<Map<string, ProductRow>> {
  return new Map((await getProductsByIds(ctx, [...new Set(ids)])).map((p) => [p.id, p]));
}

export const productSorts = ['sku', '-sku', 'name', '-name', 'createdAt', '-createdAt'] as const;
export type ProductSort = (typeof productSorts)[number];

export interface ProductFilter {
  q?: string | undefined;
  categoryId?: string | undefined;
  type?: ProductType | undefined;
  active?: boolean | undefined;
  sort: ProductSort;
  cursor?: string | undefined;
  limit: number;
}

const sortKeys = {
  sku: sql`lower(${products.sku})`,
  name: products.name,
  createdAt: products.createdAt,
};

function productConditions(ctx: TenantContext, filter: Omit<ProductFilter, 'sort' | 'cursor' | 'limit'>) {
  const pattern = filter.q ? containsPattern(filter.q) : undefined;
  return [
    eq(products.tenantId, ctx.tenantId),
    pattern
      ? or(ilike(products.sku, pattern), ilike(products.name, pattern), eq(products.barcode, filter.q!))
      : undefined,
    filter.categoryId ? eq(products.categoryId, filter.categoryId) : undefined,
    filter.type ? eq(products.type, filter.type) : undefined,
    filter.active === undefined ? undefined : eq(products.active, filter.active),
  ];
}

/** One page of products, searched by SKU, name or barcode, in a stable keyset order. */
export async function listProducts(ctx: TenantContext, filter: ProductFilter) {
  const { field, descending } = parseSort(filter.sort);
  const page = keyset({
    key: sortKeys[field],
    id: products.id,
    descending,
    cursor: filter.cursor,
    keyType: field === 'createdAt' ? 'timestamp' : 'text',
  });
  const rows = await selectProducts(ctx)
    .where(and(...productConditions(ctx, filter), page.where))
    .orderBy(...page.orderBy)
    .limit(filter.limit + 1);
  return toPage(rows, filter.limit, (last) => [
    field === 'sku' ? last.sku.toLowerCase() : field === 'name' ? last.name : last.createdAt.toISOString(),
    last.id,
  ]);
}

/** Every product matching the filters, for exports. */
export function listAllProducts(
  ctx: TenantContext,
  filter: Omit<ProductFilter, 'sort' | 'cursor' | 'limit'>,
  cap: number,
) {
  return selectProducts(ctx)
    .where(and(...productConditions(ctx, filter)))
    .orderBy(asc(sql`lower(${products.sku})`))
    .limit(cap);
}

/** Active stocked products with a reorder point, for the low-stock list. */
export function productsWithReorderPoint(ctx: TenantContext) {
  return selectProducts(ctx).where(
    and(eq(products.tenantId, ctx.tenantId), eq(products.active, true), sql`${products.reorderPoint} > 0`),
  );
}

export function listUnitsOfMeasure(ctx: TenantContext) {
  return ctx.tx
    .select({
      id: unitsOfMeasure.id,
      code: unitsOfMeasure.code,
      name: unitsOfMeasure.name,
      decimals: unitsOfMeasure.decimals,
    })
    .from(unitsOfMeasure)
    .where(eq(unitsOfMeasure.tenantId, ctx.tenantId))
    .orderBy(asc(unitsOfMeasure.code));
}

export function listCategories(ctx: TenantContext) {
  return ctx.tx
    .select({ id: productCategories.id, name: productCategories.name, parentId: productCategories.parentId })
    .from(productCategories)
    .where(eq(productCategories.tenantId, ctx.tenantId))
    .orderBy(asc(productCategories.name));
}
