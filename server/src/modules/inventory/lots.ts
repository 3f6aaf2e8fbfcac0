import { and, eq, sql } from 'drizzle-orm';
import { queryRows, type TenantContext } from '../../db/database.ts';
import { Conflict, invalidField } from '../../platform/errors.ts';
import type { ProductRow } from '../catalog/index.ts';
import { lots } from './schema.ts';

/**
 * The lot a receipt brings in: found by number or created, with its expiry. A lot number that
 * exists with another expiry date is refused rather than silently changed.
 */
export async function lotForReceipt(
  ctx: TenantContext,
  product: ProductRow,
  number: string,
  expiryDate: string | null | undefined,
  path: string,
): Promise<string> {
  const [existing] = await ctx.tx
    .select({ id: lots.id, expiryDate: lots.expiryDate })
    .from(lots)
    .where(
      and(
        eq(lots.tenantId, ctx.tenantId),
        eq(lots.productId, product.id),
        sql`lower(${lots.number}) = lower(${number})`,
      ),
    )
    .for('update');
  if (existing) {
    if (expiryDate && existing.expiryDate !== expiryDate) {
      invalidField(
        `${path}.expiryDate`,
        `Lot ${number} of ${product.sku} already expires on ${existing.expiryDate ?? 'no date'}`,
      );
    }
    return existing.id;
  }
  const [created] = await ctx.tx
    .insert(lots)
    .values({ tenantId: ctx.tenantId, productId: product.id, number, isSerial: false, expiryDate: expiryDate ?? null })
    .returning({ id: lots.id });
  return created!.id;
}

/** New serial numbers for a receipt: each must be new to the company, or out of stock (a return). */
export async function serialsForReceipt(
  ctx: TenantContext,
  product: ProductRow,
  numbers: readonly string[],
  path: string,
): Promise<string[]> {
  if (new Set(numbers.map((n) => n.toLowerCase())).size !== numbers.length) {
    invalidField(`${path}.serialNumbers`, 'A serial number appears twice');
  }
  const existing = await queryRows<{ id: string; number: string; in_stock: boolean }>(
    ctx.tx,
    sql`select l.id, l.number,
               exists (select 1 from stock_levels s where s.tenant_id = l.tenant_id and s.lot_id = l.id and s.on_hand > 0) as in_stock
        from lots l
        where l.tenant_id = ${ctx.tenantId} and l.product_id = ${product.id}
          and lower(l.number) = any(${sql.param(numbers.map((n) => n.toLowerCase()))}::text[])
        for update of l`,
  );
  const inStock = existing.filter((e) => e.in_stock).map((e) => e.number);
  if (inStock.length > 0) {
    throw new Conflict('serial_in_stock', `Serial numbers already in stock: ${inStock.join(', ')}`, {
      serialNumbers: inStock,
    });
  }
  const known = new Map(existing.map((e) => [e.number.toLowerCase(), e.id]));
  const fresh = numbers.filter((n) => !known.has(n.toLowerCase()));
  if (fresh.length > 0) {
    const created = await ctx.tx
      .insert(lots)
      .values(fresh.map((number) => ({ tenantId: ctx.tenantId, productId: product.id, number, isSerial: true })))
      .returning({ id: lots.id, number: lots.number });
    for (const c of created) known.set(c.number.toLowerCase(), c.id);
  }
  return numbers.map((n) => known.get(n.toLowerCase())!);
}
