import { and, eq } from 'drizzle-orm';
import type { TenantContext } from '../../../db/database.ts';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { NotFound } from '../../../platform/errors.ts';
import { zones } from '../schema.ts';
import type { ZoneFields } from './zone-fields.ts';

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
