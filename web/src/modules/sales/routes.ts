import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { shellRoute } from '../../app/root-routes.ts';
import { searchChoice, searchText } from '../../app/search-params.ts';
import { type ListView, listViews } from '../../ui/list/list-filters.ts';
import { orderStates } from './order-states.tsx';

export const orderSorts = [
  '-orderDate',
  'orderDate',
  '-number',
  'number',
  'customerName',
  '-customerName',
  'state',
  '-state',
  'total',
  '-total',
] as const;

export interface SalesOrderListSearch {
  q?: string;
  state?: (typeof orderStates)[number];
  customerId?: string;
  dateFrom?: string;
  dateTo?: string;
  sort?: (typeof orderSorts)[number];
  group?: (typeof orderGroupings)[number];
  view?: ListView;
}

export const orderGroupings = ['state', 'customer'] as const;

const isDay = (value: string | undefined) => (value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined);

const salesOrderListRoute = createRoute({
  getParentRoute: () => shellRoute,
  path: '/sales-orders',
  staticData: { permission: 'sales.order.read' },
  validateSearch: (search): SalesOrderListSearch => ({
    q: searchText(search.q),
    state: searchChoice(search.state, orderStates),
    customerId: searchText(search.customerId),
    dateFrom: isDay(searchText(search.dateFrom)),
    dateTo: isDay(searchText(search.dateTo)),
    sort: searchChoice(search.sort, orderSorts),
    group: searchChoice(search.group, orderGroupings),
    view: searchChoice(search.view, listViews),
  }),
  component: lazyRouteComponent(() => import('./SalesOrderListPage.tsx'), 'SalesOrderListPage'),
});

const newSalesOrderRoute = createRoute({
  getParentRoute: () => shellRoute,
  path: '/sales-orders/new',
  staticData: { permission: 'sales.order.create' },
  component: lazyRouteComponent(() => import('./SalesOrderFormPage.tsx'), 'NewSalesOrderPage'),
});

const salesOrderRoute = createRoute({
  getParentRoute: () => shellRoute,
  path: '/sales-orders/$orderId',
  staticData: { permission: 'sales.order.read' },
  component: lazyRouteComponent(() => import('./SalesOrderPage.tsx'), 'SalesOrderPage'),
});

const editSalesOrderRoute = createRoute({
  getParentRoute: () => shellRoute,
  path: '/sales-orders/$orderId/edit',
  staticData: { permission: 'sales.order.create' },
  component: lazyRouteComponent(() => import('./SalesOrderFormPage.tsx'), 'EditSalesOrderPage'),
});

export const salesRoutes = [salesOrderListRoute, newSalesOrderRoute, salesOrderRoute, editSalesOrderRoute];
