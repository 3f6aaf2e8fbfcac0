import { defineWorkflow } from '../../platform/workflow.ts';
import type { InvoiceState } from './schema.ts';

/**
 * A customer invoice: a draft is posted (numbered, into the ledger); payments make it partially
 * paid, then paid; an unpaid invoice is cancelled, once posted by a credit note.
 */
export type InvoiceAction = 'edit' | 'post' | 'pay' | 'cancel';

export const invoiceFlow = defineWorkflow<InvoiceState, InvoiceAction>(
  'customer invoice',
  {
    edit: { from: ['draft'], to: 'draft' },
    post: { from: ['draft'], to: 'posted', stamp: 'posted', audit: 'customer_invoice.posted' },
    pay: { from: ['posted', 'partially_paid'], to: 'paid', audit: 'customer_invoice.payment_applied' },
    cancel: { from: ['draft', 'posted'], to: 'cancelled', stamp: 'cancelled', audit: 'customer_invoice.cancelled' },
  },
  { table: 'customer_invoices', auditEntity: 'customer_invoice', updatedAt: false },
);

/** Invoices with money still to come: posted and not fully paid. */
export const openInvoiceStates = invoiceFlow.statesAllowing('pay');
