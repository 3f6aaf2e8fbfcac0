import { defineWorkflow } from '../../platform/workflow.ts';
import type { PeriodState } from './schema.ts';

/** A fiscal year: closing it closes its months and posts the closing entry; reopening reverses it. */
export const fiscalYearFlow = defineWorkflow<PeriodState, 'close' | 'reopen'>(
  'fiscal year',
  {
    close: { from: ['open'], to: 'closed', stamp: 'closed', audit: 'fiscal_year.closed' },
    reopen: { from: ['closed'], to: 'open', audit: 'fiscal_year.reopened' },
  },
  { table: 'fiscal_years', auditEntity: 'fiscal_year', updatedAt: false },
);
