import { and, eq, sql } from 'drizzle-orm';
import type { TenantContext } from '../../db/database.ts';
import { UnknownReference } from '../catalog/index.ts';
import { type LocationKind, locations, warehouses } from './schema.ts';

/** Every company starts with a main warehouse and the virtual locations moves need. */
export async function setUpDefaultWarehouse(ctx: TenantContext): Promise<void> {
  const [warehouse] = await ctx.tx
    .insert(warehouses)
    .values({ tenantId: ctx.tenantId, code: 'WH', name: 'Main warehouse', isDefault: true })
    .returning({ id: warehouses.id });
  await ctx.tx.insert(locations).values([
    {
      tenantId: ctx.tenantId,
      warehouseId: warehouse!.id,
      code: 'WH/STOCK',
      name: 'Main warehouse / Stock',
      kind: 'storage',
      isDefault: true,
    },
    { tenantId: ctx.tenantId, warehouseId: null, code: 'VIRTUAL/VENDORS', name: 'Vendors', kind: 'vendor' },
    { tenantId: ctx.tenantId, warehouseId: null, code: 'VIRTUAL/CUSTOMERS', name: 'Customers', kind: 'customer' },
    {
      tenantId: ctx.tenantId,
      warehouseId: null,
      code: 'VIRTUAL/PRODUCTION',
      name: 'Production',
      kind: 'production_virtual',
    },
    {
      tenantId: ctx.tenantId,
      warehouseId: null,
      code: 'VIRTUAL/INVENTORY-LOSS',
      name: 'Inventory loss and gain',
      kind: 'inventory_loss',
    },
  ]);
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
      isDefault: warehouses.isDefault,
      active: warehouses.active,
    })
    .from(warehouses)
    .where(eq(warehouses.tenantId, ctx.tenantId))
    .orderBy(warehouses.code);
}
