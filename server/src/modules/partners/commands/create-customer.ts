import type { TenantContext } from '../../../db/database.ts';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { customers } from '../schema.ts';
import { type CustomerFields, type CustomerRow, withPaymentTermDays } from './customer-fields.ts';

export async function createCustomer(ctx: TenantContext, input: CustomerFields): Promise<CustomerRow> {
  const [customer] = await ctx.tx
    .insert(customers)
    .values({ ...(await withPaymentTermDays(ctx, input)), tenantId: ctx.tenantId })
    .returning();
  await recordAudit(ctx, { action: 'customer.created', entity: 'customer', entityId: customer!.id, after: customer });
  return customer!;
}
