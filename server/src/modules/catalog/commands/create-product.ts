import type { TenantContext } from '../../../db/database.ts';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { BadRequest } from '../../../platform/errors.ts';
import type { ProductStock } from '../product-stock.ts';
import { getProduct, type ProductRow } from '../queries/product-queries.ts';
import { products } from '../schema.ts';
import { assertCategory, type NewProduct, uomIdOf } from './product-fields.ts';

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
