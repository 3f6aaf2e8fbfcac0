import { newId } from '../../../db/columns.ts';
import type { TenantContext } from '../../../db/database.ts';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { invalidField } from '../../../platform/errors.ts';
import { Exact } from '../../../platform/money.ts';
import { allocateDocumentNumber, defineDocumentNumbering } from '../../../platform/numbering/numbering.ts';
import { postJournalEntry } from '../../accounting/index.ts';
import { getCustomer } from '../../partners/index.ts';
import { customerPayments, type PaymentMethod } from '../schema.ts';
import { type AllocationInput, recordAllocations, settledTotal, settleInvoices } from './settle-invoices.ts';

defineDocumentNumbering('customer_payment', 'PAY');

export interface NewPayment {
  customerId: string;
  paymentDate: string;
  amount: string;
  method: PaymentMethod;
  reference?: string | undefined;
  notes?: string | undefined;
  /** Which invoices it pays and how much of each; oldest due first when omitted. */
  allocations?: AllocationInput[] | undefined;
}

/**
 * Money in from a customer (SPEC §5): cash or bank debited, the receivable credited for what
 * settles invoices, and what is left over kept as the customer's credit (customer advances)
 * for later invoices.
 */
export async function receivePayment(ctx: TenantContext, input: NewPayment) {
  const customer = await getCustomer(ctx, input.customerId);
  if (!customer) invalidField('customerId', 'No such customer');
  const allocated = await settleInvoices(ctx, customer.id, new Exact(input.amount), input.allocations);
  const settled = settledTotal(allocated);
  const id = newId();
  const number = await allocateDocumentNumber(ctx, 'customer_payment', input.paymentDate);
  const entry = await postJournalEntry(ctx, {
    entryDate: input.paymentDate,
    memo: `Payment ${number} from ${customer.name}`,
    source: { type: 'customer_payment', id, number },
    lines: [
      { account: input.method, debit: input.amount },
      { account: 'accounts_receivable', credit: settled.toFixed(), partnerId: customer.id },
      {
        account: 'customer_advances',
        credit: new Exact(input.amount).minus(settled).toFixed(),
        partnerId: customer.id,
      },
    ],
  });
  const [payment] = await ctx.tx
    .insert(customerPayments)
    .values({
      tenantId: ctx.tenantId,
      id,
      number,
      customerId: customer.id,
      paymentDate: input.paymentDate,
      method: input.method,
      reference: input.reference ?? null,
      amount: input.amount,
      allocatedAmount: settled.toFixed(),
      notes: input.notes ?? null,
      journalEntryId: entry!.id,
      createdBy: ctx.actor.userId,
    })
    .returning();
  await recordAllocations(ctx, { id, date: input.paymentDate, journalEntryId: entry!.id }, allocated);
  await recordAudit(ctx, {
    action: 'customer_payment.received',
    entity: 'customer_payment',
    entityId: id,
    after: { number, amount: input.amount, method: input.method, allocated },
  });
  return payment!;
}
