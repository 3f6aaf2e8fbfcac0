import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { shellRoute } from '../../app/root-routes.ts';
import { searchChoice, searchText } from '../../app/search-params.ts';
import { ChartOfAccountsPage } from './ChartOfAccountsPage.tsx';
import { DefaultAccountsPage } from './DefaultAccountsPage.tsx';
import { entryStates } from './entry-states.tsx';
import { EditJournalEntryPage, NewJournalEntryPage } from './JournalEntryFormPage.tsx';
import { JournalEntryPage } from './JournalEntryPage.tsx';
import { JournalListPage } from './JournalListPage.tsx';
import { PeriodsPage } from './PeriodsPage.tsx';
import { BalanceSheetPage } from './reports/BalanceSheetPage.tsx';
import { CashFlowPage } from './reports/CashFlowPage.tsx';
import { GeneralLedgerPage } from './reports/GeneralLedgerPage.tsx';
import { TrialBalancePage } from './reports/TrialBalancePage.tsx';

const isDay = (value: unknown) => {
  const text = searchText(value);
  return text && /^\d{4}-\d{2}-\d{2}$/.test(text) ? text : undefined;
};

export interface JournalListSearch {
  from?: string;
  to?: string;
  accountId?: string;
  state?: (typeof entryStates)[number];
}

export interface RangeSearch {
  from?: string;
  to?: string;
}

const rangeSearch = (search: Record<string, unknown>): RangeSearch => ({
  from: isDay(search.from),
  to: isDay(search.to),
});
const parent = () => shellRoute;
const journalRead = { permission: 'accounting.journal.read' };
const journalCreate = { permission: 'accounting.journal.create' };
const reportRead = { permission: 'accounting.report.read' };

const accountsRoute = createRoute({
  getParentRoute: parent,
  path: '/accounting/accounts',
  staticData: journalRead,
  component: ChartOfAccountsPage,
});

const defaultAccountsRoute = createRoute({
  getParentRoute: parent,
  path: '/accounting/default-accounts',
  staticData: journalRead,
  component: DefaultAccountsPage,
});

const periodsRoute = createRoute({
  getParentRoute: parent,
  path: '/accounting/periods',
  staticData: journalRead,
  component: PeriodsPage,
});

const journalListRoute = createRoute({
  getParentRoute: parent,
  path: '/accounting/journal',
  staticData: journalRead,
  validateSearch: (search): JournalListSearch => ({
    ...rangeSearch(search),
    accountId: searchText(search.accountId),
    state: searchChoice(search.state, entryStates),
  }),
  component: JournalListPage,
});

const newEntryRoute = createRoute({
  getParentRoute: parent,
  path: '/accounting/journal/new',
  staticData: journalCreate,
  component: NewJournalEntryPage,
});

const entryRoute = createRoute({
  getParentRoute: parent,
  path: '/accounting/journal/$entryId',
  staticData: journalRead,
  component: JournalEntryPage,
});

const editEntryRoute = createRoute({
  getParentRoute: parent,
  path: '/accounting/journal/$entryId/edit',
  staticData: journalCreate,
  component: EditJournalEntryPage,
});

const trialBalanceRoute = createRoute({
  getParentRoute: parent,
  path: '/accounting/reports/trial-balance',
  staticData: reportRead,
  validateSearch: rangeSearch,
  component: TrialBalancePage,
});

const profitAndLossRoute = createRoute({
  getParentRoute: parent,
  path: '/accounting/reports/profit-and-loss',
  staticData: reportRead,
  validateSearch: rangeSearch,
  // Its chart library loads with this page only.
  component: lazyRouteComponent(() => import('./reports/ProfitAndLossPage.tsx'), 'ProfitAndLossPage'),
});

const cashFlowRoute = createRoute({
  getParentRoute: parent,
  path: '/accounting/reports/cash-flow',
  staticData: reportRead,
  validateSearch: rangeSearch,
  component: CashFlowPage,
});

const balanceSheetRoute = createRoute({
  getParentRoute: parent,
  path: '/accounting/reports/balance-sheet',
  staticData: reportRead,
  validateSearch: (search): { asOf?: string } => ({ asOf: isDay(search.asOf) }),
  component: BalanceSheetPage,
});

const generalLedgerRoute = createRoute({
  getParentRoute: parent,
  path: '/accounting/reports/general-ledger',
  staticData: reportRead,
  validateSearch: (search): RangeSearch & { accountId?: string } => ({
    ...rangeSearch(search),
    accountId: searchText(search.accountId),
  }),
  component: GeneralLedgerPage,
});

export const accountingRoutes = [
  accountsRoute,
  defaultAccountsRoute,
  periodsRoute,
  journalListRoute,
  newEntryRoute,
  entryRoute,
  editEntryRoute,
  trialBalanceRoute,
  profitAndLossRoute,
  cashFlowRoute,
  balanceSheetRoute,
  generalLedgerRoute,
];
