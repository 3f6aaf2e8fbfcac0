import { and, eq, sql } from 'drizzle-orm';
import type { TenantContext } from '../../db/database.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { Conflict } from '../../platform/errors.ts';
import { UnknownReference } from '../catalog/index.ts';
import { type LocationKind, locations, warehouses } from './schema.ts';

const virtualLocations: Array<{ code: string; name: string; kind: LocationKind }> = [
  { code: 'VIRTUAL/VENDORS', name: 'Vendors', kind: 'vendor' },
  { code: 'VIRTUAL/CUSTOMERS', name: 'Customers', kind: 'customer' },
  { code: 'VIRTUAL/PRODUCTION', name: 'Production', kind: 'production_virtual' },
  { code: 'VIRTUAL/INVENTORY-LOSS', name: 'Inventory loss and gain', kind: 'inventory_loss' },
  { code: 'VIRTUAL/TRANSIT', name: 'In transit between warehouses', kind: 'transit' },
];

/** A warehouse with its main stock location (the default), a receiving area and a quarantine. */
export async function createWarehouse(
  ctx: TenantContext,
  input: { code: string; name: string; address?: string | null | undefined; isDefault?: boolean },
): Promise<string> {
  const [warehouse] = await ctx.tx
    .insert(warehouses)
    .values({
      tenantId: ctx.tenantId,
      code: input.code,
      name: input.name,
      address: input.address ?? null,
      isDefault: input.isDefault ?? false,
    })
    .returning({ id: warehouses.id });
  const place = (suffix: string, label: string, kind: LocationKind, isDefault = false) => ({
    tenantId: ctx.tenantId,
    warehouseId: warehouse!.id,
    code: `${input.code}/${suffix}`,
    name: `${input.name} / ${label}`,
    kind,
    isDefault,
  });
  await ctx.tx
    .insert(locations)
    .values([
      place('STOCK', 'Stock', 'storage', true),
      place('RECEIVING', 'Receiving', 'receiving'),
      place('QUARANTINE', 'Quarantine', 'quarantine'),
    ]);
  await recordAudit(ctx, { action: 'warehouse.created', entity: 'warehouse', entityId: warehouse!.id, after: input });
  return warehouse!.id;
}

/** Every company starts with a main warehouse and the virtual locations moves need. */
export async function setUpDefaultWarehouse(ctx: TenantContext): Promise<void> {
  await createWarehouse(ctx, { code: 'WH', name: 'Main warehouse', isDefault: true });
  await ctx.tx
    .insert(locations)
    .values(virtualLocations.map((l) => ({ ...l, tenantId: ctx.tenantId, warehouseId: null })));
}

export interface WarehouseStock {
  warehouseId: string;
  stockLocationId: string;
}

/** The warehouse (default when not given) and its main stock location. */
export async function warehouseStockLocation(
  ctx: TenantContext,
  warehouseId: string | undefined,
  field = 'warehouseId',
): Promise<WarehouseStock> {
  const [found] = await ctx.tx
    .select({ warehouseId: warehouses.id, stockLocationId: locations.id })
    .from(warehouses)
    .innerJoin(
      locations,
      and(
        eq(locations.tenantId, warehouses.tenantId),
        eq(locations.warehouseId, warehouses.id),
        eq(locations.isDefault, true),
      ),
    )
    .where(
      and(
        eq(warehouses.tenantId, ctx.tenantId),
        eq(warehouses.active, true),
        warehouseId ? eq(warehouses.id, warehouseId) : eq(warehouses.isDefault, true),
      ),
    );
  if (!found) throw new UnknownReference(field, 'Warehouse');
  return found;
}

export interface StockLocation {
  id: string;
  code: string;
  warehouseId: string;
  kind: LocationKind;
}

/** An active location of a warehouse that holds stock, or a 400 naming the field. */
export async function stockHoldingLocation(
  ctx: TenantContext,
  locationId: string,
  field: string,
): Promise<StockLocation> {
  const [found] = await ctx.tx
    .select({ id: locations.id, code: locations.code, warehouseId: locations.warehouseId, kind: locations.kind })
    .from(locations)
    .where(
      and(
        eq(locations.tenantId, ctx.tenantId),
        eq(locations.id, locationId),
        eq(locations.active, true),
        sql`${locations.warehouseId} is not null`,
      ),
    );
  if (!found) throw new UnknownReference(field, 'Stock location');
  return { ...found, warehouseId: found.warehouseId! };
}

/** The location given, or the warehouse's (default warehouse's) main stock location. */
export async function locationOrDefault(
  ctx: TenantContext,
  input: { warehouseId?: string | undefined; locationId?: string | undefined },
): Promise<StockLocation> {
  if (input.locationId) {
    const location = await stockHoldingLocation(ctx, input.locationId, 'locationId');
    if (input.warehouseId && location.warehouseId !== input.warehouseId) {
      throw new UnknownReference('locationId', 'Location in this warehouse');
    }
    return location;
  }
  const { stockLocationId } = await warehouseStockLocation(ctx, input.warehouseId);
  return stockHoldingLocation(ctx, stockLocationId, 'warehouseId');
}

/** The warehouse's first active location of a kind (its quarantine, its receiving area). */
export async function warehouseLocationOfKind(
  ctx: TenantContext,
  warehouseId: string,
  kind: LocationKind,
): Promise<string> {
  const [found] = await ctx.tx
    .select({ id: locations.id })
    .from(locations)
    .where(
      and(
        eq(locations.tenantId, ctx.tenantId),
        eq(locations.warehouseId, warehouseId),
        eq(locations.kind, kind),
        eq(locations.active, true),
      ),
    )
    .orderBy(locations.code)
    .limit(1);
  if (!found) throw new Conflict('location_missing', `The warehouse has no active ${kind} location; add one first`);
  return found.id;
}

export async function virtualLocation(ctx: TenantContext, kind: LocationKind): Promise<string> {
  const [found] = await ctx.tx
    .select({ id: locations.id })
    .from(locations)
    .where(and(eq(locations.tenantId, ctx.tenantId), eq(locations.kind, kind), sql`${locations.warehouseId} is null`))
    .limit(1);
  if (!found) throw new Error(`Company ${ctx.tenantId} has no ${kind} location`);
  return found.id;
}

export function listWarehouses(ctx: TenantContext) {
  return ctx.tx
    .select({
      id: warehouses.id,
      code: warehouses.code,
      name: warehouses.name,
      address: warehouses.address,
      isDefault: warehouses.isDefault,
      active: warehouses.active,
    })
    .from(warehouses)
    .where(eq(warehouses.tenantId, ctx.tenantId))
    .orderBy(warehouses.code);
}

export function listLocations(
  ctx: TenantContext,
  filter: { warehouseId?: string | undefined; kind?: LocationKind | undefined; active?: boolean | undefined },
) {
  return ctx.tx
    .select({
      id: locations.id,
      warehouseId: locations.warehouseId,
      zoneId: locations.zoneId,
      code: locations.code,
      name: locations.name,
      kind: locations.kind,
      isDefault: locations.isDefault,
      active: locations.active,
    })
    .from(locations)
    .where(
      and(
        eq(locations.tenantId, ctx.tenantId),
        filter.warehouseId ? eq(locations.warehouseId, filter.warehouseId) : undefined,
        filter.kind ? eq(locations.kind, filter.kind) : undefined,
        filter.active === undefined ? undefined : eq(locations.active, filter.active),
      ),
    )
    .orderBy(locations.code);
}
