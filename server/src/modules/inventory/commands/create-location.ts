import { and, eq } from 'drizzle-orm';
import type { TenantContext } from '../../../db/database.ts';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { UnknownReference } from '../../catalog/index.ts';
import { locations, warehouses } from '../schema.ts';
import { assertZoneOf, type InternalKind } from './location-rules.ts';

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
