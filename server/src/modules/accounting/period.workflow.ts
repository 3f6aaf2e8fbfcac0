import { defineWorkflow } from '../../platform/workflow.ts';
import type { PeriodState } from './schema.ts';

/** A month of the books: open for postings, or closed (and reopened while its year is open). */
export const periodFlow = defineWorkflow<PeriodState, 'close' | 'reopen'>(
  'period',
  {
    close: { from: ['open'], to: 'closed', stamp: 'closed', audit: 'period.closed' },
    reopen: { from: ['closed'], to: 'open', audit: 'period.reopened' },
  },
  { table: 'accounting_periods', auditEntity: 'accounting_period', updatedAt: false },
);

/** Periods that take postings: those that can still be closed. */
export const openPeriodStates = periodFlow.statesAllowing('close');
