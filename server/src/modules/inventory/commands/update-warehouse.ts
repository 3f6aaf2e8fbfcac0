import { and, eq } from 'drizzle-orm';
import type { TenantContext } from '../../../db/database.ts';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { Conflict, NotFound } from '../../../platform/errors.ts';
import { warehouses } from '../schema.ts';

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
