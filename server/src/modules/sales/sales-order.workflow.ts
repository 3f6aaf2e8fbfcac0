import { defineWorkflow } from '../../platform/workflow.ts';
import type { SalesOrderState } from './schema.ts';

/** SPEC §4.3: what may happen to a sales order in each state. Deliveries and invoicing add theirs later. */
export const salesOrderFlow = defineWorkflow<SalesOrderState, 'edit' | 'confirm' | 'cancel'>('sales order', {
  edit: { from: ['draft'], to: 'draft' },
  confirm: { from: ['draft'], to: 'confirmed' },
  cancel: { from: ['draft', 'confirmed'], to: 'cancelled' },
});
