import { and, eq } from 'drizzle-orm';
import type { TenantContext } from '../../../db/database.ts';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { BusinessRuleViolation, NotFound } from '../../../platform/errors.ts';
import { Exact } from '../../../platform/money.ts';
import { postJournalEntry } from '../../accounting/index.ts';
import { customerPayments } from '../schema.ts';
import { type AllocationInput, recordAllocations, settledTotal, settleInvoices } from './settle-invoices.ts';

/**
 * Uses a payment's unallocated credit to settle open invoices of the same customer: customer
 * advances debited, the receivable credited, on `date`.
 */
export async function applyCustomerCredit(
  ctx: TenantContext,
  paymentId: string,
  input: { date: string; allocations?: AllocationInput[] | undefined },
) {
  const [payment] = await ctx.tx
    .select()
    .from(customerPayments)
    .where(and(eq(customerPayments.tenantId, ctx.tenantId), eq(customerPayments.id, paymentId)))
    .for('update');
  if (!payment) throw new NotFound('Customer payment', paymentId);
  const credit = new Exact(payment.amount).minus(payment.allocatedAmount);
  if (credit.isZero()) {
    throw new BusinessRuleViolation('no_credit_left', `${payment.number} is fully allocated; no credit is left`);
  }
  const date = input.date < payment.paymentDate ? payment.paymentDate : input.date;
  const allocated = await settleInvoices(ctx, payment.customerId, credit, input.allocations);
  const settled = settledTotal(allocated);
  if (settled.isZero()) {
    throw new BusinessRuleViolation('nothing_to_settle', 'The customer has no open invoice to apply the credit to');
  }
  const entry = await postJournalEntry(ctx, {
    entryDate: date,
    memo: `Credit from ${payment.number} applied to ${allocated.map((a) => a.number).join(', ')}`,
    source: { type: 'customer_payment', id: payment.id, number: payment.number },
    lines: [
      { account: 'customer_advances', debit: settled.toFixed(), partnerId: payment.customerId },
      { account: 'accounts_receivable', credit: settled.toFixed(), partnerId: payment.customerId },
    ],
  });
  await recordAllocations(ctx, { id: payment.id, date, journalEntryId: entry!.id }, allocated);
  const [updated] = await ctx.tx
    .update(customerPayments)
    .set({ allocatedAmount: new Exact(payment.allocatedAmount).plus(settled).toFixed() })
    .where(and(eq(customerPayments.tenantId, ctx.tenantId), eq(customerPayments.id, payment.id)))
    .returning();
  await recordAudit(ctx, {
    action: 'customer_payment.credit_applied',
    entity: 'customer_payment',
    entityId: payment.id,
    after: { allocated },
  });
  return updated!;
}
