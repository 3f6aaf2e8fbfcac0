import { defineWorkflow } from '../../platform/workflow.ts';
import type { InvoiceState } from './schema.ts';

/**
 * A customer invoice: a draft is posted (numbered, into the ledger); payments make it partially
 * paid, then paid; an unpaid invoice is cancelled, once posted by a credit note.
 */
export const invoiceFlow = defineWorkflow<InvoiceState, 'edit' | 'post' | 'pay' | 'cancel'>('customer invoice', {
  edit: { from: ['draft'], to: 'draft' },
  post: { from: ['draft'], to: 'posted' },
  pay: { from: ['posted', 'partially_paid'], to: 'paid' },
  cancel: { from: ['draft', 'posted'], to: 'cancelled' },
});
