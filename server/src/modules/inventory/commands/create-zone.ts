import { and, eq } from 'drizzle-orm';
import type { TenantContext } from '../../../db/database.ts';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { UnknownReference } from '../../catalog/index.ts';
import { warehouses, zones } from '../schema.ts';
import type { ZoneFields } from './zone-fields.ts';

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
