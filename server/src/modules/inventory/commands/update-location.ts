import { and, eq, ne, sql } from 'drizzle-orm';
import { queryOne, type TenantContext } from '../../../db/database.ts';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { Conflict, NotFound } from '../../../platform/errors.ts';
import { locations } from '../schema.ts';
import { assertZoneOf, type InternalKind } from './location-rules.ts';

/**
 * Changes a location of a warehouse. Making it the default moves the default from the previous
 * one; a location with stock, or the default one, cannot be deactivated.
 */
export async function updateLocation(
  ctx: TenantContext,
  id: string,
  patch: {
    name?: string | undefined;
    zoneId?: string | null | undefined;
    kind?: InternalKind | undefined;
    isDefault?: boolean | undefined;
    active?: boolean | undefined;
  },
) {
  const where = and(eq(locations.tenantId, ctx.tenantId), eq(locations.id, id));
  const [before] = await ctx.tx.select().from(locations).where(where).for('update');
  if (!before?.warehouseId) throw new NotFound('Location', id);
  await assertZoneOf(ctx, before.warehouseId, patch.zoneId);
  if (patch.active === false) {
    if (before.isDefault) throw new Conflict('default_location', 'The default location of a warehouse stays active');
    const stock = await queryOne<{ has: boolean }>(
      ctx.tx,
      sql`select exists (select 1 from stock_levels where tenant_id = ${ctx.tenantId} and location_id = ${id} and on_hand > 0) as has`,
    );
    if (stock?.has) throw new Conflict('location_has_stock', `${before.code} still holds stock; move it out first`);
  }
  if (patch.isDefault === false && before.isDefault) {
    throw new Conflict('default_location', 'Make another location the default instead');
  }
  if (patch.isDefault && !before.isDefault) {
    await ctx.tx
      .update(locations)
      .set({ isDefault: false })
      .where(
        and(eq(locations.tenantId, ctx.tenantId), eq(locations.warehouseId, before.warehouseId), ne(locations.id, id)),
      );
  }
  const [after] = await ctx.tx.update(locations).set(patch).where(where).returning();
  await recordAudit(ctx, { action: 'location.updated', entity: 'location', entityId: id, before, after });
  return after!;
}
