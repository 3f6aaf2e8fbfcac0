import type { TenantContext } from '../../../db/database.ts';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { productCategories } from '../schema.ts';
import { assertCategory } from './product-fields.ts';

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
