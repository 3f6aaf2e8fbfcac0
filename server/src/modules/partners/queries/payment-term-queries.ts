import { and, asc, eq } from 'drizzle-orm';
import type { TenantContext } from '../../../db/database.ts';
import type { PaymentTermRow } from '../payment-terms.ts';
import { paymentTerms } from '../schema.ts';

export async function listPaymentTerms(ctx: TenantContext): Promise<PaymentTermRow[]> {
  return ctx.tx
    .select()
    .from(paymentTerms)
    .where(eq(paymentTerms.tenantId, ctx.tenantId))
    .orderBy(asc(paymentTerms.endOfMonth), asc(paymentTerms.days), asc(paymentTerms.code));
}

export async function getPaymentTerm(ctx: TenantContext, id: string): Promise<PaymentTermRow | undefined> {
  const [term] = await ctx.tx
    .select()
    .from(paymentTerms)
    .where(and(eq(paymentTerms.tenantId, ctx.tenantId), eq(paymentTerms.id, id)));
  return term;
}
