import { and, eq } from 'drizzle-orm';
import type { TenantContext } from '../../../db/database.ts';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { products } from '../schema.ts';
import { lockProduct } from './product-fields.ts';

/**
 * Only a product nothing refers to can be deleted. The foreign keys of stock moves and document
 * lines refuse the rest; their modules explain those constraints as `product_in_use`.
 */
export async function deleteProduct(ctx: TenantContext, id: string): Promise<void> {
  const before = await lockProduct(ctx, id);
  await ctx.tx.delete(products).where(and(eq(products.tenantId, ctx.tenantId), eq(products.id, id)));
  await recordAudit(ctx, { action: 'product.deleted', entity: 'product', entityId: id, before });
}
