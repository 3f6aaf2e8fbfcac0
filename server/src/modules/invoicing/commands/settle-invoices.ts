import { sql } from 'drizzle-orm';
import { queryRows, type TenantContext } from '../../../db/database.ts';
import { literalList } from '../../../db/sql-fragments.ts';
import { invalidField } from '../../../platform/errors.ts';
import { Exact } from '../../../platform/money.ts';
import { applyTransition } from '../../../platform/transition.ts';
import { invoiceFlow, openInvoiceStates } from '../invoice.workflow.ts';
import { type InvoiceState, paymentAllocations } from '../schema.ts';

export interface AllocationInput {
  invoiceId: string;
  amount: string;
}

interface OpenInvoice {
  id: string;
  number: string;
  customer_id: string;
  state: InvoiceState;
  kind: string;
  total: string;
  amount_paid: string;
}

export type Settlement = Array<{ invoiceId: string; number: string; amount: string }>;

/**
 * Settles invoices of one customer: with the allocations asked for, or oldest due first up to
 * `available`. Invoices are locked in id order (so two payments never wait on each other in a
 * circle) and each moves to partially paid or paid by its `pay` transition. Returns what was settled.
 */
export async function settleInvoices(
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
          and ${chosen ? sql`id = any(${sql.param(chosen)}::uuid[])` : sql`customer_id = ${customerId} and kind = 'invoice' and state in (${literalList(openInvoiceStates)})`}
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
      if (!openInvoiceStates.includes(invoice.state))
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
  for (const { invoice, amount } of plan) {
    const paid = amount.plus(invoice.amount_paid);
    await applyTransition(ctx, invoiceFlow, invoice, 'pay', {
      to: paid.eq(invoice.total) ? 'paid' : 'partially_paid',
      set: sql`amount_paid = amount_paid + ${amount.toFixed()}`,
      audit: { amount: amount.toFixed(), amountPaid: paid.toFixed() },
    });
  }
  return plan.map((p) => ({ invoiceId: p.invoice.id, number: p.invoice.number, amount: p.amount.toFixed() }));
}

/** The allocations of a payment (or of its credit applied later), each with the entry that settled it. */
export async function recordAllocations(
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

export const settledTotal = (settled: Settlement) => settled.reduce((total, s) => total.plus(s.amount), new Exact(0));
