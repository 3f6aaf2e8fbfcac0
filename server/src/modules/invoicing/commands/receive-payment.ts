import { and, eq, sql } from 'drizzle-orm';
import { newId } from '../../../db/columns.ts';
import { queryRows, type TenantContext } from '../../../db/database.ts';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { BusinessRuleViolation, invalidField, NotFound } from '../../../platform/errors.ts';
import { Exact } from '../../../platform/money.ts';
import { allocateDocumentNumber, defineDocumentNumbering } from '../../../platform/numbering/numbering.ts';
import { postJournalEntry } from '../../accounting/index.ts';
import { getCustomer } from '../../partners/index.ts';
import { customerPayments, type PaymentMethod, paymentAllocations } from '../schema.ts';

defineDocumentNumbering('customer_payment', 'PAY');

export interface AllocationInput {
  invoiceId: string;
  amount: string;
}

interface OpenInvoice {
  id: string;
  number: string;
  customer_id: string;
  state: string;
  kind: string;
  total: string;
  amount_paid: string;
}

type Settlement = Array<{ invoiceId: string; number: string; amount: string }>;

/**
 * Settles invoices of one customer: with the allocations asked for, or oldest due first up to
 * `available`. Invoices are locked in id order (so two payments never wait on each other in a
 * circle) and marked partially paid or paid. Returns what was settled.
 */
async function settleInvoices(
  ctx: TenantContext,
  customerId: string,
  available: Exact,
  requested: AllocationInput[] | undefined,
): Promise<Settlement> {
  const chosen = requested?.map((r) => r.invoiceId);
  const invoices = await queryRows<OpenInvoice>(
    ctx.tx,
    sql`select id, number, customer_id, state, kind, total::text, amount_paid::text from customer_invoices
        where tenant_id = ${ctx.tenantId}
          and ${chosen ? sql`id = any(${sql.param(chosen)}::uuid[])` : sql`customer_id = ${customerId} and kind = 'invoice' and state in ('posted', 'partially_paid')`}
        order by id for update`,
  );
  const due = (invoice: OpenInvoice) => new Exact(invoice.total).minus(invoice.amount_paid);
  let plan: Array<{ invoice: OpenInvoice; amount: Exact }>;
  if (requested) {
    const seen = new Set<string>();
    plan = requested.map((r, i) => {
      const invoice = invoices.find((inv) => inv.id === r.invoiceId);
      if (!invoice || invoice.customer_id !== customerId || invoice.kind !== 'invoice')
        invalidField(`allocations.${i}.invoiceId`, 'Not an invoice of this customer');
      if (seen.has(invoice.id)) invalidField(`allocations.${i}.invoiceId`, `${invoice.number} is allocated twice`);
      seen.add(invoice.id);
      if (invoice.state !== 'posted' && invoice.state !== 'partially_paid')
        invalidField(`allocations.${i}.invoiceId`, `${invoice.number ?? 'The invoice'} is ${invoice.state}, not open`);
      if (new Exact(r.amount).gt(due(invoice)))
        invalidField(`allocations.${i}.amount`, `${invoice.number} has only ${due(invoice).toFixed()} left to pay`);
      return { invoice, amount: new Exact(r.amount) };
    });
    const total = plan.reduce((sum, p) => sum.plus(p.amount), new Exact(0));
    if (total.gt(available))
      invalidField('allocations', `Allocations of ${total.toFixed()} exceed the ${available.toFixed()} available`);
  } else {
    const byDue = await queryRows<{ id: string }>(
      ctx.tx,
      sql`select id from customer_invoices where tenant_id = ${ctx.tenantId} and id = any(${sql.param(invoices.map((i) => i.id))}::uuid[])
          order by due_date, invoice_date, number`,
    );
    let left = available;
    plan = [];
    for (const { id } of byDue) {
      if (left.isZero()) break;
      const invoice = invoices.find((i) => i.id === id)!;
      const amount = Exact.min(left, due(invoice));
      plan.push({ invoice, amount });
      left = left.minus(amount);
    }
  }
  plan = plan.filter((p) => p.amount.gt(0));
  if (plan.length === 0) return [];
  await ctx.tx.execute(
    sql`update customer_invoices i set amount_paid = i.amount_paid + a.amount,
          state = case when i.amount_paid + a.amount = i.total then 'paid' else 'partially_paid' end
        from unnest(${sql.param(plan.map((p) => p.invoice.id))}::uuid[], ${sql.param(plan.map((p) => p.amount.toFixed()))}::numeric[]) as a(id, amount)
        where i.tenant_id = ${ctx.tenantId} and i.id = a.id`,
  );
  return plan.map((p) => ({ invoiceId: p.invoice.id, number: p.invoice.number, amount: p.amount.toFixed() }));
}

async function recordAllocations(
  ctx: TenantContext,
  payment: { id: string; date: string; journalEntryId: string },
  settled: Settlement,
) {
  if (settled.length === 0) return;
  await ctx.tx.insert(paymentAllocations).values(
    settled.map((s) => ({
      tenantId: ctx.tenantId,
      paymentId: payment.id,
      invoiceId: s.invoiceId,
      amount: s.amount,
      allocatedOn: payment.date,
      journalEntryId: payment.journalEntryId,
      createdBy: ctx.actor.userId,
    })),
  );
}

const sum = (settled: Settlement) => settled.reduce((total, s) => total.plus(s.amount), new Exact(0));

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
  const settled = sum(allocated);
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
  const settled = sum(allocated);
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
