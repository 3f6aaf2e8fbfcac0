import type { ErpModule } from '../module.ts';
import './audit-references.ts';
import './chatter-records.ts';
import { stockCountsDemoHistory } from './demo.ts';
import './errors.ts';
import './permissions.ts';
import { registerCountRoutes } from './routes/count-routes.ts';
import { registerReportRoutes } from './routes/report-routes.ts';

export { approveStockCount } from './commands/approve-stock-count.ts';
export { cancelStockCount } from './commands/cancel-stock-count.ts';
export { finishCounting } from './commands/finish-counting.ts';
export { postStockCount } from './commands/post-stock-count.ts';
export { type CountEntry, recordCounts } from './commands/record-counts.ts';
export { rejectStockCount } from './commands/reject-stock-count.ts';
export { reviewStockCount } from './commands/review-stock-count.ts';
export { type ScheduleInput, scheduleStockCount } from './commands/schedule-stock-count.ts';
export { startStockCount } from './commands/start-stock-count.ts';
export { stockCountPermissions } from './permissions.ts';
export { countEvaluation } from './queries/count-evaluation.ts';
export { getStockCount, listStockCounts, type StockCountView } from './queries/stock-count-queries.ts';

/**
 * Stock counts (stock opname): scheduled → counting (snapshot) → counted → reviewed → approved →
 * posted as a stock adjustment; rejected back to counting, cancelled before posting.
 */
export const stockCountsModule: ErpModule = {
  name: 'stock-counts',
  registerRoutes: (app) => {
    registerCountRoutes(app);
    registerReportRoutes(app);
  },
  demoHistory: stockCountsDemoHistory,
};
