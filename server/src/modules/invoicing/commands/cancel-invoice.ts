import { and, eq, sql } from 'drizzle-orm';
import type { TenantContext } from '../../../db/database.ts';
import { Exact } from '../../../platform/money.ts';
import { allocateDocumentNumber } from '../../../platform/numbering/numbering.ts';
import { applyTransition } from '../../../platform/transition.ts';
import { postJournalEntry } from '../../accounting/index.ts';
import { recordOrderInvoicing } from '../../sales/index.ts';
import { InvoiceHasPayments } from '../errors.ts';
import { invoiceFlow } from '../invoice.workflow.ts';
import { customerInvoiceLines, customerInvoices } from '../schema.ts';
import { invoiceJournalLines } from './invoice-journal-lines.ts';
import { lockInvoice } from './lock-invoice.ts';

/**
 * A draft is simply cancelled. A posted invoice with nothing paid is cancelled by a credit note:
 * a numbered document with the same lines that debits sales returns and output VAT and credits
 * the receivable, and gives the quantities back to the order to invoice again.
 */
export async function cancelInvoice(ctx: TenantContext, id: string, options: { reason: string; creditDate: string }) {
  const { invoice, lines } = await lockInvoice(ctx, id);
  invoiceFlow.assert(
    invoice.state,
    'cancel',
    `Only draft or unpaid posted invoices can be cancelled; ${invoice.number ?? 'this invoice'} is ${invoice.state}`,
  );
  if (new Exact(invoice.amountPaid).gt(0)) throw new InvoiceHasPayments(invoice.number!, invoice.amountPaid);
  let creditNote: { id: string; number: string } | null = null;
  if (invoice.state === 'posted') {
    const creditDate = options.creditDate < invoice.invoiceDate ? invoice.invoiceDate : options.creditDate;
    const number = await allocateDocumentNumber(ctx, 'credit_note', creditDate);
    const [note] = await ctx.tx
      .insert(customerInvoices)
      .values({
        ...invoice,
        id: undefined,
        kind: 'credit_note',
        number,
        creditedInvoiceId: invoice.id,
        invoiceDate: creditDate,
        dueDate: creditDate,
        state: 'posted',
        amountPaid: '0',
        notes: options.reason,
        createdAt: undefined,
        createdBy: ctx.actor.userId,
        postedAt: new Date(),
        postedBy: ctx.actor.userId,
        journalEntryId: null,
      })
      .returning();
    await ctx.tx
      .insert(customerInvoiceLines)
      .values(lines.map((line) => ({ ...line, id: undefined, invoiceId: note!.id })));
    const entry = await postJournalEntry(ctx, {
      entryDate: creditDate,
      memo: `Credit note ${number} cancelling ${invoice.number}`,
      source: { type: 'credit_note', id: note!.id, number },
      lines: invoiceJournalLines(invoice, lines, -1),
    });
    await ctx.tx
      .update(customerInvoices)
      .set({ journalEntryId: entry?.id ?? null })
      .where(and(eq(customerInvoices.tenantId, ctx.tenantId), eq(customerInvoices.id, note!.id)));
    creditNote = { id: note!.id, number };
    if (invoice.salesOrderId) {
      const fromOrder = lines.filter((l) => l.salesOrderLineId);
      await recordOrderInvoicing(
        ctx,
        invoice.salesOrderId,
        fromOrder.map((l) => ({
          lineId: l.salesOrderLineId!,
          quantity: new Exact(l.quantity).neg().toFixed(),
          amount: new Exact(l.netAmount).neg().toFixed(),
        })),
      );
    }
  }
  await applyTransition(ctx, invoiceFlow, invoice, 'cancel', {
    set: sql`cancel_reason = ${options.reason}`,
    audit: { reason: options.reason, creditNote: creditNote?.number ?? null },
  });
  const { invoice: cancelled } = await lockInvoice(ctx, id);
  return { invoice: cancelled, creditNote };
}
