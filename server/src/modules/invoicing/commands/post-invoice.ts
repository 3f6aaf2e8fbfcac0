import { and, eq, sql } from 'drizzle-orm';
import type { TenantContext } from '../../../db/database.ts';
import { Exact } from '../../../platform/money.ts';
import { allocateDocumentNumber, defineDocumentNumbering } from '../../../platform/numbering/numbering.ts';
import { applyTransition } from '../../../platform/transition.ts';
import { postJournalEntry } from '../../accounting/index.ts';
import { lockInvoiceableOrder, recordOrderInvoicing } from '../../sales/index.ts';
import { invoiceFlow } from '../invoice.workflow.ts';
import { customerInvoices } from '../schema.ts';
import { assertInvoiceable } from './create-invoice.ts';
import { invoiceJournalLines } from './invoice-journal-lines.ts';
import { lockInvoice } from './lock-invoice.ts';

defineDocumentNumbering('customer_invoice', 'INV');

defineDocumentNumbering('credit_note', 'CN');

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
  const [posted] = await ctx.tx
    .select()
    .from(customerInvoices)
    .where(and(eq(customerInvoices.tenantId, ctx.tenantId), eq(customerInvoices.id, id)));
  return posted!;
}
