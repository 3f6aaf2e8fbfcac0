import { defineWorkflow } from '../../platform/workflow.ts';
import type { StockCountState } from './schema.ts';

/** The transitions between states; `record` (saving counted quantities) keeps the count counting. */
export type StockCountTransition = 'start' | 'finish' | 'review' | 'approve' | 'reject' | 'post' | 'cancel';
export type StockCountAction = StockCountTransition | 'record';

/**
 * SPEC §4.4: a count is scheduled, counted against a snapshot, matched, reviewed, approved and
 * posted, in that order; approval cannot be skipped. A rejection sends it back to counting, and
 * it can be cancelled until it is posted.
 */
export const stockCountFlow = defineWorkflow<StockCountState, StockCountAction>('stock count', {
  start: { from: ['scheduled'], to: 'counting' },
  record: { from: ['counting'], to: 'counting' },
  finish: { from: ['counting'], to: 'counted' },
  review: { from: ['counted'], to: 'reviewed' },
  approve: { from: ['reviewed'], to: 'approved' },
  reject: { from: ['counted', 'reviewed', 'approved'], to: 'counting' },
  post: { from: ['approved'], to: 'posted' },
  cancel: { from: ['scheduled', 'counting', 'counted', 'reviewed', 'approved'], to: 'cancelled' },
});

/** The columns a transition stamps with its time and user. */
export const transitionStamps: Record<StockCountTransition, { at: string; by: string }> = {
  start: { at: 'started_at', by: 'started_by' },
  finish: { at: 'counted_at', by: 'counted_by' },
  review: { at: 'reviewed_at', by: 'reviewed_by' },
  approve: { at: 'approved_at', by: 'approved_by' },
  reject: { at: 'rejected_at', by: 'rejected_by' },
  post: { at: 'posted_at', by: 'posted_by' },
  cancel: { at: 'cancelled_at', by: 'cancelled_by' },
};
