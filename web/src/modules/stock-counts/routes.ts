import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { shellRoute } from '../../app/root-routes.ts';
import { searchChoice, searchText } from '../../app/search-params.ts';
import { type ListView, listViews } from '../../ui/list/list-filters.ts';
import { countStates } from './count-labels.tsx';

export const countSorts = ['-plannedDate', 'plannedDate', '-number', 'number'] as const;

export interface StockCountListSearch {
  q?: string;
  state?: (typeof countStates)[number];
  warehouseId?: string;
  dateFrom?: string;
  dateTo?: string;
  sort?: (typeof countSorts)[number];
  view?: ListView;
}

const isDay = (value: unknown) => {
  const text = searchText(value);
  return text && /^\d{4}-\d{2}-\d{2}$/.test(text) ? text : undefined;
};
const isId = (value: unknown) => {
  const text = searchText(value);
  return text && /^[0-9a-f-]{36}$/i.test(text) ? text : undefined;
};

const read = { permission: 'inventory.count.read' };

const listRoute = createRoute({
  getParentRoute: () => shellRoute,
  path: '/inventory/stock-counts',
  staticData: read,
  validateSearch: (search): StockCountListSearch => ({
    q: searchText(search.q),
    state: searchChoice(search.state, countStates),
    warehouseId: isId(search.warehouseId),
    dateFrom: isDay(search.dateFrom),
    dateTo: isDay(search.dateTo),
    sort: searchChoice(search.sort, countSorts),
    view: searchChoice(search.view, listViews),
  }),
  component: lazyRouteComponent(() => import('./StockCountListPage.tsx'), 'StockCountListPage'),
});

const scheduleRoute = createRoute({
  getParentRoute: () => shellRoute,
  path: '/inventory/stock-counts/new',
  staticData: { permission: 'inventory.count.manage' },
  component: lazyRouteComponent(() => import('./ScheduleCountPage.tsx'), 'ScheduleCountPage'),
});

const evaluationRoute = createRoute({
  getParentRoute: () => shellRoute,
  path: '/inventory/stock-counts/evaluation',
  staticData: read,
  validateSearch: (search): { dateFrom?: string; dateTo?: string; warehouseId?: string } => ({
    dateFrom: isDay(search.dateFrom),
    dateTo: isDay(search.dateTo),
    warehouseId: isId(search.warehouseId),
  }),
  component: lazyRouteComponent(() => import('./CountEvaluationPage.tsx'), 'CountEvaluationPage'),
});

const countRoute = createRoute({
  getParentRoute: () => shellRoute,
  path: '/inventory/stock-counts/$countId',
  staticData: read,
  component: lazyRouteComponent(() => import('./StockCountPage.tsx'), 'StockCountPage'),
});

export const stockCountRoutes = [listRoute, scheduleRoute, evaluationRoute, countRoute];
