import { and, eq, ne, sql } from 'drizzle-orm';
import { queryOne, type TenantContext } from '../../../db/database.ts';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { Conflict, NotFound } from '../../../platform/errors.ts';
import { explainConstraint } from '../../../platform/http/error-handler.ts';
import { UnknownReference } from '../../catalog/index.ts';
import { type internalLocationKinds, locations, warehouses, type ZoneKind, zones } from '../schema.ts';

explainConstraint('warehouses_code_unique', {
  status: 409,
  code: 'duplicate_code',
  message: 'Another warehouse has this code',
  field: 'code',
});
explainConstraint('zones_code_unique', {
  status: 409,
  code: 'duplicate_code',
  message: 'Another zone of this warehouse has this code',
  field: 'code',
});
explainConstraint('locations_code_unique', {
  status: 409,
  code: 'duplicate_code',
  message: 'Another location has this code',
  field: 'code',
});

export async function updateWarehouse(
  ctx: TenantContext,
  id: string,
  patch: { name?: string | undefined; address?: string | null | undefined; active?: boolean | undefined },
) {
  const where = and(eq(warehouses.tenantId, ctx.tenantId), eq(warehouses.id, id));
  const [before] = await ctx.tx.select().from(warehouses).where(where).for('update');
  if (!before) throw new NotFound('Warehouse', id);
  if (patch.active === false && before.isDefault) {
    throw new Conflict('default_warehouse', 'The default warehouse cannot be deactivated');
  }
  const [after] = await ctx.tx.update(warehouses).set(patch).where(where).returning();
  await recordAudit(ctx, { action: 'warehouse.updated', entity: 'warehouse', entityId: id, before, after });
  return after!;
}

export interface ZoneFields {
  code: string;
  name: string;
  kind: ZoneKind;
  minTemperature?: string | null | undefined;
  maxTemperature?: string | null | undefined;
  capacity?: string | null | undefined;
  capacityUnit?: string | null | undefined;
}

export async function createZone(ctx: TenantContext, input: ZoneFields & { warehouseId: string }) {
  const [warehouse] = await ctx.tx
    .select({ id: warehouses.id })
    .from(warehouses)
    .where(and(eq(warehouses.tenantId, ctx.tenantId), eq(warehouses.id, input.warehouseId)));
  if (!warehouse) throw new UnknownReference('warehouseId', 'Warehouse');
  const [zone] = await ctx.tx
    .insert(zones)
    .values({ ...input, tenantId: ctx.tenantId })
    .returning();
  await recordAudit(ctx, { action: 'zone.created', entity: 'zone', entityId: zone!.id, after: zone });
  return zone!;
}

export async function updateZone(
  ctx: TenantContext,
  id: string,
  patch: Partial<ZoneFields> & { active?: boolean | undefined },
) {
  const where = and(eq(zones.tenantId, ctx.tenantId), eq(zones.id, id));
  const [before] = await ctx.tx.select().from(zones).where(where).for('update');
  if (!before) throw new NotFound('Zone', id);
  const [after] = await ctx.tx.update(zones).set(patch).where(where).returning();
  await recordAudit(ctx, { action: 'zone.updated', entity: 'zone', entityId: id, before, after });
  return after!;
}

type InternalKind = (typeof internalLocationKinds)[number];

async function assertZoneOf(ctx: TenantContext, warehouseId: string, zoneId: string | null | undefined) {
  if (!zoneId) return;
  const [zone] = await ctx.tx
    .select({ id: zones.id })
    .from(zones)
    .where(and(eq(zones.tenantId, ctx.tenantId), eq(zones.id, zoneId), eq(zones.warehouseId, warehouseId)));
  if (!zone) throw new UnknownReference('zoneId', 'Zone of this warehouse');
}

export async function createLocation(
  ctx: TenantContext,
  input: { warehouseId: string; zoneId?: string | null | undefined; code: string; name: string; kind: InternalKind },
) {
  const [warehouse] = await ctx.tx
    .select({ id: warehouses.id })
    .from(warehouses)
    .where(and(eq(warehouses.tenantId, ctx.tenantId), eq(warehouses.id, input.warehouseId)));
  if (!warehouse) throw new UnknownReference('warehouseId', 'Warehouse');
  await assertZoneOf(ctx, input.warehouseId, input.zoneId);
  const [location] = await ctx.tx
    .insert(locations)
    .values({ ...input, zoneId: input.zoneId ?? null, tenantId: ctx.tenantId })
    .returning();
  await recordAudit(ctx, { action: 'location.created', entity: 'location', entityId: location!.id, after: location });
  return location!;
}

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
