import { and, eq } from 'drizzle-orm';
import type { TenantContext } from '../../../db/database.ts';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { ProductInUse } from '../errors.ts';
import type { ProductStock } from '../product-stock.ts';
import { getProduct, type ProductRow } from '../queries/product-queries.ts';
import { products } from '../schema.ts';
import { assertCategory, lockProduct, type ProductFields, uomIdOf } from './product-fields.ts';

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
