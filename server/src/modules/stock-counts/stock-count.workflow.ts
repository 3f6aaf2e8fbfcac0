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
export const stockCountFlow = defineWorkflow<StockCountState, StockCountAction>(
  'stock count',
  {
    start: {
      from: ['scheduled'],
      to: 'counting',
      stamp: 'started',
      audit: 'stock_count.started',
      refusal: (s) => `Only scheduled counts can be started; this count is ${s}`,
    },
    record: {
      from: ['counting'],
      to: 'counting',
      refusal: (s) => `Counted quantities can be recorded only while counting; this count is ${s}`,
    },
    finish: {
      from: ['counting'],
      to: 'counted',
      stamp: 'counted',
      audit: 'stock_count.counting_finished',
      refusal: (s) => `Counting can be finished only while counting; this count is ${s}`,
    },
    review: {
      from: ['counted'],
      to: 'reviewed',
      stamp: 'reviewed',
      audit: 'stock_count.reviewed',
      refusal: (s) => `Only counted counts can be reviewed; this count is ${s}`,
    },
    approve: {
      from: ['reviewed'],
      to: 'approved',
      stamp: 'approved',
      audit: 'stock_count.approved',
      refusal: (s) => `Only reviewed counts can be approved; this count is ${s}`,
    },
    reject: {
      from: ['counted', 'reviewed', 'approved'],
      to: 'counting',
      stamp: 'rejected',
      audit: 'stock_count.rejected',
      refusal: (s) => `Only counted, reviewed or approved counts can be rejected; this count is ${s}`,
    },
    post: {
      from: ['approved'],
      to: 'posted',
      stamp: 'posted',
      audit: 'stock_count.posted',
      refusal: (s) => `Only approved counts can be posted; this count is ${s}`,
    },
    cancel: {
      from: ['scheduled', 'counting', 'counted', 'reviewed', 'approved'],
      to: 'cancelled',
      stamp: 'cancelled',
      audit: 'stock_count.cancelled',
      refusal: (s) => `Only counts not yet posted can be cancelled; this count is ${s}`,
    },
  },
  { table: 'stock_counts', auditEntity: 'stock_count', updatedAt: true },
);

/** Counts still under way: any that can still be cancelled, i.e. neither posted nor cancelled. */
export const openCountStates = stockCountFlow.statesAllowing('cancel');
