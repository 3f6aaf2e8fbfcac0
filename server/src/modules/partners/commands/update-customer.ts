import { and, eq } from 'drizzle-orm';
import type { TenantContext } from '../../../db/database.ts';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { NotFound } from '../../../platform/errors.ts';
import { customers } from '../schema.ts';
import { type CustomerFields, type CustomerRow, withPaymentTermDays } from './customer-fields.ts';

export async function updateCustomer(
  ctx: TenantContext,
  id: string,
  patch: Partial<CustomerFields> & { active?: boolean | undefined },
): Promise<CustomerRow> {
  const where = and(eq(customers.tenantId, ctx.tenantId), eq(customers.id, id));
  const [before] = await ctx.tx.select().from(customers).where(where).for('update');
  if (!before) throw new NotFound('Customer', id);
  const [after] = await ctx.tx
    .update(customers)
    .set({ ...(await withPaymentTermDays(ctx, patch)), updatedAt: new Date() })
    .where(where)
    .returning();
  await recordAudit(ctx, { action: 'customer.updated', entity: 'customer', entityId: id, before, after });
  return after!;
}
