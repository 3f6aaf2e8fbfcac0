import { and, eq, sql } from 'drizzle-orm';
import type { TenantContext } from '../../../db/database.ts';
import { NotFound } from '../../../platform/errors.ts';
import { Exact } from '../../../platform/money.ts';
import { allocateDocumentNumber, defineDocumentNumbering } from '../../../platform/numbering/numbering.ts';
import { applyTransition } from '../../../platform/transition.ts';
import { type JournalLineInput, postJournalEntry } from '../../accounting/index.ts';
import { lockInvoiceableOrder, recordOrderInvoicing } from '../../sales/index.ts';
import { invoiceFlow } from '../invoice.workflow.ts';
import { customerInvoiceLines, customerInvoices } from '../schema.ts';
import { assertInvoiceable } from './create-invoice.ts';

defineDocumentNumbering('customer_invoice', 'INV');
defineDocumentNumbering('credit_note', 'CN');

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

type InvoiceLine = Awaited<ReturnType<typeof lockInvoice>>['lines'][number];

/**
 * The invoice's journal lines (SPEC §5): receivable from the customer for the total, revenue per
 * revenue account and output VAT. `sign` −1 mirrors them for a credit note, whose revenue side
 * goes to sales returns.
 */
export function invoiceJournalLines(
  invoice: { customerId: string; total: string; taxTotal: string },
  lines: readonly InvoiceLine[],
  sign: 1 | -1,
): JournalLineInput[] {
  const revenue = new Map<string, Exact>();
  for (const line of lines) {
    const account = sign === 1 ? line.revenueAccount : 'sales_returns';
    revenue.set(account, (revenue.get(account) ?? new Exact(0)).plus(line.netAmount));
  }
  return [
    {
      account: 'accounts_receivable',
      debit: new Exact(invoice.total).times(sign).toFixed(),
      partnerId: invoice.customerId,
    },
    ...[...revenue].map(([account, amount]) => ({
      account: account as 'sales_revenue' | 'service_revenue' | 'sales_returns',
      credit: amount.times(sign).toFixed(),
    })),
    { account: 'output_vat', credit: new Exact(invoice.taxTotal).times(sign).toFixed() },
  ];
}

/**
 * Draft → posted: checks again, under the order's lock, that the lines are still invoiceable,
 * counts them as invoiced on the order, numbers the invoice and posts it to the ledger.
 */
export async function postInvoice(ctx: TenantContext, id: string) {
  const { invoice, lines } = await lockInvoice(ctx, id);
  invoiceFlow.assert(
    invoice.state,
    'post',
    `Only draft invoices can be posted; ${invoice.number ?? 'this invoice'} is ${invoice.state}`,
  );
  if (invoice.salesOrderId) {
    const order = await lockInvoiceableOrder(ctx, invoice.salesOrderId);
    const fromOrder = lines.filter((l) => l.salesOrderLineId);
    assertInvoiceable(
      order,
      fromOrder.map((l) => ({ lineId: l.salesOrderLineId!, quantity: l.quantity })),
    );
    await recordOrderInvoicing(
      ctx,
      order.id,
      fromOrder.map((l) => ({ lineId: l.salesOrderLineId!, quantity: l.quantity, amount: l.netAmount })),
    );
  }
  const number = await allocateDocumentNumber(ctx, 'customer_invoice', invoice.invoiceDate);
  const entry = await postJournalEntry(ctx, {
    entryDate: invoice.invoiceDate,
    memo: `Invoice ${number} ${invoice.customerName}`,
    source: { type: 'customer_invoice', id, number },
    lines: invoiceJournalLines(invoice, lines, 1),
  });
  // A zero invoice (a free sample) has nothing to pay.
  const to = new Exact(invoice.total).isZero() ? 'paid' : 'posted';
  await applyTransition(ctx, invoiceFlow, invoice, 'post', {
    to,
    set: sql`number = ${number}, journal_entry_id = ${entry?.id ?? null}`,
    audit: { number, total: invoice.total, journalEntry: entry?.number ?? null },
  });
  const { invoice: posted } = await lockInvoice(ctx, id);
  return posted;
}
