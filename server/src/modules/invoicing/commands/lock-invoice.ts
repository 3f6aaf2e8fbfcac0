import { and, eq } from 'drizzle-orm';
import type { TenantContext } from '../../../db/database.ts';
import { NotFound } from '../../../platform/errors.ts';
import { customerInvoiceLines, customerInvoices } from '../schema.ts';

export async function lockInvoice(ctx: TenantContext, id: string) {
  const [invoice] = await ctx.tx
    .select()
    .from(customerInvoices)
    .where(and(eq(customerInvoices.tenantId, ctx.tenantId), eq(customerInvoices.id, id)))
    .for('update');
  if (!invoice) throw new NotFound('Customer invoice', id);
  const lines = await ctx.tx
    .select()
    .from(customerInvoiceLines)
    .where(and(eq(customerInvoiceLines.tenantId, ctx.tenantId), eq(customerInvoiceLines.invoiceId, id)))
    .orderBy(customerInvoiceLines.lineNo);
  return { invoice, lines };
}

export type InvoiceLine = Awaited<ReturnType<typeof lockInvoice>>['lines'][number];
