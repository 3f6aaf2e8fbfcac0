import { and, eq } from 'drizzle-orm';
import type { TenantContext } from '../../../db/database.ts';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { NotFound } from '../../../platform/errors.ts';
import { type MessageKey, wordsOf } from '../../../platform/i18n/index.ts';
import { companyIdentity } from '../../../platform/tenancy/company-calendar.ts';
import type { PaymentTermRow } from '../payment-terms.ts';
import { customers, paymentTerms } from '../schema.ts';

export interface PaymentTermFields {
  code: string;
  name: string;
  days: number;
  endOfMonth: boolean;
  discountPercent: string | null;
  discountDays: number | null;
}

/** The terms every new company starts with, named in its language. */
const defaultTerms: Array<Omit<PaymentTermFields, 'name'> & { name: MessageKey }> = [
  {
    code: 'COD',
    name: 'paymentTerms.dueOnReceipt',
    days: 0,
    endOfMonth: false,
    discountPercent: null,
    discountDays: null,
  },
  { code: 'NET14', name: 'paymentTerms.net14', days: 14, endOfMonth: false, discountPercent: null, discountDays: null },
  { code: 'NET30', name: 'paymentTerms.net30', days: 30, endOfMonth: false, discountPercent: null, discountDays: null },
  { code: 'NET60', name: 'paymentTerms.net60', days: 60, endOfMonth: false, discountPercent: null, discountDays: null },
  {
    code: '2/10N30',
    name: 'paymentTerms.twoTenNet30',
    days: 30,
    endOfMonth: false,
    discountPercent: '2',
    discountDays: 10,
  },
  {
    code: 'EOM',
    name: 'paymentTerms.endOfMonth',
    days: 0,
    endOfMonth: true,
    discountPercent: null,
    discountDays: null,
  },
  {
    code: 'NET30EOM',
    name: 'paymentTerms.net30Eom',
    days: 30,
    endOfMonth: true,
    discountPercent: null,
    discountDays: null,
  },
];

export async function seedPaymentTerms(ctx: TenantContext): Promise<void> {
  const words = wordsOf(await companyIdentity(ctx));
  await ctx.tx
    .insert(paymentTerms)
    .values(defaultTerms.map((term) => ({ ...term, name: words.t(term.name), tenantId: ctx.tenantId })));
}

export async function createPaymentTerm(ctx: TenantContext, input: PaymentTermFields): Promise<PaymentTermRow> {
  const [term] = await ctx.tx
    .insert(paymentTerms)
    .values({ ...input, tenantId: ctx.tenantId })
    .returning();
  await recordAudit(ctx, { action: 'payment_term.created', entity: 'payment_term', entityId: term!.id, after: term });
  return term!;
}

/**
 * Changes a term for the invoices to come: invoices already made keep the due date they got.
 * Customers on the term keep their net days in step with it.
 */
export async function updatePaymentTerm(
  ctx: TenantContext,
  id: string,
  patch: Partial<PaymentTermFields> & { active?: boolean | undefined },
): Promise<PaymentTermRow> {
  const where = and(eq(paymentTerms.tenantId, ctx.tenantId), eq(paymentTerms.id, id));
  const [before] = await ctx.tx.select().from(paymentTerms).where(where).for('update');
  if (!before) throw new NotFound('Payment term', id);
  const [after] = await ctx.tx.update(paymentTerms).set(patch).where(where).returning();
  if (after!.days !== before.days) {
    await ctx.tx
      .update(customers)
      .set({ paymentTermsDays: after!.days })
      .where(and(eq(customers.tenantId, ctx.tenantId), eq(customers.paymentTermId, id)));
  }
  await recordAudit(ctx, { action: 'payment_term.updated', entity: 'payment_term', entityId: id, before, after });
  return after!;
}
