import type { ErpModule } from '../module.ts';
import './audit-references.ts';
import './chatter-records.ts';
import { seedChartOfAccounts } from './chart-template.ts';
import './errors.ts';
import { accountingDemoHistory } from './demo.ts';
import './permissions.ts';
import { cashCard } from './queries/dashboard.ts';
import { registerChartRoutes } from './routes/chart-routes.ts';
import { registerJournalRoutes } from './routes/journal-routes.ts';
import { registerPeriodRoutes } from './routes/period-routes.ts';
import { registerReportRoutes } from './routes/report-routes.ts';

export { type AccountPurpose, accountPurposes } from './chart-template.ts';
export {
  type JournalEntryInput,
  type JournalLineInput,
  type PostedEntry,
  postJournalEntry,
} from './commands/post-journal-entry.ts';
export { reverseJournalEntry } from './commands/reverse-journal-entry.ts';
export { PeriodClosed, UnbalancedEntry } from './errors.ts';
export {
  type AccountRef,
  accountBalance,
  openReceivable,
  openReceivableSql,
  partnerBalancesByCompany,
  purposeBalancesByCompany,
} from './queries/balances.ts';
export { journalEntryNumberOf } from './queries/journal-queries.ts';
export { ledgerInvariantViolations } from './queries/ledger-invariants.ts';

/** The general ledger: chart of accounts, journal entries, periods and financial reports. */
export const accountingModule: ErpModule = {
  name: 'accounting',
  registerRoutes: (app) => {
    registerChartRoutes(app);
    registerJournalRoutes(app);
    registerPeriodRoutes(app);
    registerReportRoutes(app);
  },
  onCompanyCreated: (ctx) => seedChartOfAccounts(ctx),
  dashboardCards: [cashCard],
  demoHistory: accountingDemoHistory,
};
