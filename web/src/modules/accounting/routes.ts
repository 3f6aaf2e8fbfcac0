import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { shellRoute } from '../../app/root-routes.ts';
import { searchChoice, searchText } from '../../app/search-params.ts';
import { entryStates } from './entry-states.tsx';

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
  component: lazyRouteComponent(() => import('./ChartOfAccountsPage.tsx'), 'ChartOfAccountsPage'),
});

const defaultAccountsRoute = createRoute({
  getParentRoute: parent,
  path: '/accounting/default-accounts',
  staticData: journalRead,
  component: lazyRouteComponent(() => import('./DefaultAccountsPage.tsx'), 'DefaultAccountsPage'),
});

const periodsRoute = createRoute({
  getParentRoute: parent,
  path: '/accounting/periods',
  staticData: journalRead,
  component: lazyRouteComponent(() => import('./PeriodsPage.tsx'), 'PeriodsPage'),
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
  component: lazyRouteComponent(() => import('./JournalListPage.tsx'), 'JournalListPage'),
});

const newEntryRoute = createRoute({
  getParentRoute: parent,
  path: '/accounting/journal/new',
  staticData: journalCreate,
  component: lazyRouteComponent(() => import('./JournalEntryFormPage.tsx'), 'NewJournalEntryPage'),
});

const entryRoute = createRoute({
  getParentRoute: parent,
  path: '/accounting/journal/$entryId',
  staticData: journalRead,
  component: lazyRouteComponent(() => import('./JournalEntryPage.tsx'), 'JournalEntryPage'),
});

const editEntryRoute = createRoute({
  getParentRoute: parent,
  path: '/accounting/journal/$entryId/edit',
  staticData: journalCreate,
  component: lazyRouteComponent(() => import('./JournalEntryFormPage.tsx'), 'EditJournalEntryPage'),
});

const trialBalanceRoute = createRoute({
  getParentRoute: parent,
  path: '/accounting/reports/trial-balance',
  staticData: reportRead,
  validateSearch: rangeSearch,
  component: lazyRouteComponent(() => import('./reports/TrialBalancePage.tsx'), 'TrialBalancePage'),
});

const profitAndLossRoute = createRoute({
  getParentRoute: parent,
  path: '/accounting/reports/profit-and-loss',
  staticData: reportRead,
  validateSearch: rangeSearch,
  component: lazyRouteComponent(() => import('./reports/ProfitAndLossPage.tsx'), 'ProfitAndLossPage'),
});

const cashFlowRoute = createRoute({
  getParentRoute: parent,
  path: '/accounting/reports/cash-flow',
  staticData: reportRead,
  validateSearch: rangeSearch,
  component: lazyRouteComponent(() => import('./reports/CashFlowPage.tsx'), 'CashFlowPage'),
});

const balanceSheetRoute = createRoute({
  getParentRoute: parent,
  path: '/accounting/reports/balance-sheet',
  staticData: reportRead,
  validateSearch: (search): { asOf?: string } => ({ asOf: isDay(search.asOf) }),
  component: lazyRouteComponent(() => import('./reports/BalanceSheetPage.tsx'), 'BalanceSheetPage'),
});

const generalLedgerRoute = createRoute({
  getParentRoute: parent,
  path: '/accounting/reports/general-ledger',
  staticData: reportRead,
  validateSearch: (search): RangeSearch & { accountId?: string } => ({
    ...rangeSearch(search),
    accountId: searchText(search.accountId),
  }),
  component: lazyRouteComponent(() => import('./reports/GeneralLedgerPage.tsx'), 'GeneralLedgerPage'),
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
