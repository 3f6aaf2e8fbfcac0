import { defineWorkflow } from '../../platform/workflow.ts';
import type { OperationState } from './schema.ts';

/**
 * A stock operation is done when posted, except a transfer between warehouses: in transit until
 * the receiving warehouse has taken in all of it (possibly in parts).
 */
export type TransferAction = 'receive';

export const transferFlow = defineWorkflow<OperationState, TransferAction>(
  'transfer',
  {
    receive: {
      from: ['in_transit'],
      to: 'done',
      audit: 'stock_transfer.received',
      refusal: (state) => `Only transfers in transit can be received; this one is ${state}`,
    },
  },
  { table: 'stock_operations', auditEntity: 'stock_operation', updatedAt: false },
);
