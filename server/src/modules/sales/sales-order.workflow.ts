import { defineWorkflow } from '../../platform/workflow.ts';
import { type SalesOrderState, salesOrderStates } from './schema.ts';

/**
 * SPEC §4.3: what may happen to a sales order in each state. A delivery leaves the order
 * partially delivered or delivered depending on what is still to deliver; a delivered order
 * becomes invoiced when nothing is left to invoice, and delivered again when a credit note gives
 * invoiced quantities back.
 */
export type SalesOrderAction = 'edit' | 'confirm' | 'cancel' | 'deliver' | 'return' | 'invoice' | 'reopen';

export const salesOrderFlow = defineWorkflow<SalesOrderState, SalesOrderAction>(
  'sales order',
  {
    edit: {
      from: ['draft'],
      to: 'draft',
      refusal: (state) => `Only draft orders can be changed; this order is ${state}`,
    },
    confirm: {
      from: ['draft'],
      to: 'confirmed',
      stamp: 'confirmed',
      audit: 'sales_order.confirmed',
      refusal: (state) => `Only draft orders can be confirmed; this order is ${state}`,
    },
    cancel: {
      from: ['draft', 'confirmed'],
      to: 'cancelled',
      stamp: 'cancelled',
      audit: 'sales_order.cancelled',
      refusal: (state) => `Only draft or confirmed orders can be cancelled; this order is ${state}`,
    },
    deliver: {
      from: ['confirmed', 'partially_delivered'],
      to: 'delivered',
      audit: 'sales_order.delivered',
      refusal: (state) => `Only confirmed orders can be delivered; this order is ${state}`,
    },
    return: {
      from: ['partially_delivered', 'delivered', 'invoiced', 'closed'],
      to: 'delivered',
      refusal: (state) => `Only delivered goods can be returned; this order is ${state}`,
    },
    invoice: {
      from: ['confirmed', 'partially_delivered', 'delivered'],
      to: 'invoiced',
      audit: 'sales_order.invoiced',
      refusal: (state) => `Only confirmed or delivered orders can be invoiced; this order is ${state}`,
    },
    reopen: { from: ['invoiced'], to: 'delivered', audit: 'sales_order.reopened', automatic: true },
  },
  { table: 'sales_orders', auditEntity: 'sales_order', updatedAt: true },
);

/** Orders that still commit the customer's credit: confirmed and not yet fully invoiced. */
export const committedOrderStates = salesOrderFlow.statesAllowing('invoice');

/** Orders that count as sales: confirmed or further, neither a draft nor cancelled. */
export const soldOrderStates = salesOrderStates.filter(
  (state) =>
    !salesOrderFlow.statesAllowing('confirm').includes(state) && state !== salesOrderFlow.transitions.cancel.to,
);
