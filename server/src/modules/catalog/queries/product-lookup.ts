import { sql } from 'drizzle-orm';
import { queryOne, queryRows, type TenantContext } from '../../../db/database.ts';

/** The product a scanner or a person typed: its barcode, or its SKU (any case). */
export async function productIdByCode(ctx: TenantContext, code: string): Promise<string | undefined> {
  const found = await queryOne<{ id: string }>(
    ctx.tx,
    sql`select id from products
        where tenant_id = ${ctx.tenantId} and (barcode = ${code} or lower(sku) = lower(${code}))
        order by (barcode = ${code}) desc limit 1`,
  );
  return found?.id;
}

/**
 * The products of some categories and of their sub-categories; `missing` names the category
 * ids that do not exist.
 */
export async function productsInCategories(ctx: TenantContext, categoryIds: readonly string[]) {
  const ids = [...new Set(categoryIds)];
  const found = await queryRows<{ id: string }>(
    ctx.tx,
    sql`select id from product_categories where tenant_id = ${ctx.tenantId} and id = any(${sql.param(ids)}::uuid[])`,
  );
  const products = await queryRows<{ id: string }>(
    ctx.tx,
    sql`with recursive tree as (
          select id from product_categories where tenant_id = ${ctx.tenantId} and id = any(${sql.param(ids)}::uuid[])
          union
          select c.id from product_categories c join tree on c.parent_id = tree.id where c.tenant_id = ${ctx.tenantId}
        )
        select p.id from products p join tree on p.category_id = tree.id where p.tenant_id = ${ctx.tenantId}`,
  );
  const existing = new Set(found.map((c) => c.id));
  return { missing: ids.filter((id) => !existing.has(id)), productIds: products.map((p) => p.id) };
}

/** Category names by id, for documents that print a scope. */
export async function categoryNames(ctx: TenantContext, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await queryRows<{ id: string; name: string }>(
    ctx.tx,
    sql`select id, name from product_categories where tenant_id = ${ctx.tenantId} and id = any(${sql.param([...ids])}::uuid[])`,
  );
  return new Map(rows.map((r) => [r.id, r.name]));
}
