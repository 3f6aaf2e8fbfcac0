import { defineWorkflow } from '../../platform/workflow.ts';
import type { SalesOrderState } from './schema.ts';

/**
 * SPEC §4.3: what may happen to a sales order in each state. A delivery leaves the order
 * partially delivered or delivered depending on what is still to deliver; a delivered order
 * becomes invoiced when nothing is left to invoice.
 */
export const salesOrderFlow = defineWorkflow<
  SalesOrderState,
  'edit' | 'confirm' | 'cancel' | 'deliver' | 'return' | 'invoice'
>('sales order', {
  edit: { from: ['draft'], to: 'draft' },
  confirm: { from: ['draft'], to: 'confirmed' },
  cancel: { from: ['draft', 'confirmed'], to: 'cancelled' },
  deliver: { from: ['confirmed', 'partially_delivered'], to: 'delivered' },
  return: { from: ['partially_delivered', 'delivered', 'invoiced', 'closed'], to: 'delivered' },
  invoice: { from: ['confirmed', 'partially_delivered', 'delivered'], to: 'invoiced' },
});
