import { and, eq } from 'drizzle-orm';
import type { TenantContext } from '../../../db/database.ts';
import { UnknownReference } from '../../catalog/index.ts';
import { type internalLocationKinds, zones } from '../schema.ts';

export type InternalKind = (typeof internalLocationKinds)[number];

export async function assertZoneOf(ctx: TenantContext, warehouseId: string, zoneId: string | null | undefined) {
  if (!zoneId) return;
  const [zone] = await ctx.tx
    .select({ id: zones.id })
    .from(zones)
    .where(and(eq(zones.tenantId, ctx.tenantId), eq(zones.id, zoneId), eq(zones.warehouseId, warehouseId)));
  if (!zone) throw new UnknownReference('zoneId', 'Zone of this warehouse');
}
