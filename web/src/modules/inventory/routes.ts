import { createRoute, lazyRouteComponent, redirect } from '@tanstack/react-router';
import { shellRoute } from '../../app/root-routes.ts';
import { searchChoice, searchText } from '../../app/search-params.ts';
import type { MoveFilters, ValuationFilters } from './inventory-api.ts';
import { moveTypes, operationStates, operationTypes } from './inventory-labels.ts';
import type { OperationFilters } from './operations-api.ts';

const isDay = (value: unknown) => {
  const text = searchText(value);
  return text && /^\d{4}-\d{2}-\d{2}$/.test(text) ? text : undefined;
};
const isId = (value: unknown) => {
  const text = searchText(value);
  return text && /^[0-9a-f-]{36}$/i.test(text) ? text : undefined;
};

export type MoveHistorySearch = MoveFilters;
export type OperationListSearch = OperationFilters;

const stockRead = { permission: 'inventory.stock.read' };

const lowStockRoute = createRoute({
  getParentRoute: () => shellRoute,
  path: '/low-stock',
  staticData: stockRead,
  component: lazyRouteComponent(() => import('./LowStockPage.tsx'), 'LowStockPage'),
});

/** Reorder notifications link here. */
const lowStockAliasRoute = createRoute({
  getParentRoute: () => shellRoute,
  path: '/inventory/low-stock',
  beforeLoad: () => {
    throw redirect({ to: '/low-stock', replace: true });
  },
});

const warehouseListRoute = createRoute({
  getParentRoute: () => shellRoute,
  path: '/inventory/warehouses',
  staticData: stockRead,
  component: lazyRouteComponent(() => import('./warehouses/WarehouseListPage.tsx'), 'WarehouseListPage'),
});
const warehouseRoute = createRoute({
  getParentRoute: () => shellRoute,
  path: '/inventory/warehouses/$warehouseId',
  staticData: stockRead,
  component: lazyRouteComponent(() => import('./warehouses/WarehousePage.tsx'), 'WarehousePage'),
});

const operationListRoute = createRoute({
  getParentRoute: () => shellRoute,
  path: '/inventory/operations',
  staticData: stockRead,
  validateSearch: (search): OperationListSearch => ({
    type: searchChoice(search.type, operationTypes),
    state: searchChoice(search.state, operationStates),
    warehouseId: isId(search.warehouseId),
    dateFrom: isDay(search.dateFrom),
    dateTo: isDay(search.dateTo),
  }),
  component: lazyRouteComponent(() => import('./operations/OperationListPage.tsx'), 'OperationListPage'),
});
const operationRoute = createRoute({
  getParentRoute: () => shellRoute,
  path: '/inventory/operations/$operationId',
  staticData: stockRead,
  component: lazyRouteComponent(() => import('./operations/OperationPage.tsx'), 'OperationPage'),
});
const receiptFormRoute = createRoute({
  getParentRoute: () => shellRoute,
  path: '/inventory/receipts/new',
  staticData: { permission: 'inventory.receipt.create' },
  component: lazyRouteComponent(() => import('./operations/ReceiptFormPage.tsx'), 'ReceiptFormPage'),
});
const transferFormRoute = createRoute({
  getParentRoute: () => shellRoute,
  path: '/inventory/transfers/new',
  staticData: { permission: 'inventory.transfer.create' },
  component: lazyRouteComponent(() => import('./operations/TransferFormPage.tsx'), 'TransferFormPage'),
});
const scrapFormRoute = createRoute({
  getParentRoute: () => shellRoute,
  path: '/inventory/scraps/new',
  staticData: { permission: 'inventory.scrap.create' },
  component: lazyRouteComponent(() => import('./operations/ScrapFormPage.tsx'), 'ScrapFormPage'),
});

const adjustmentListRoute = createRoute({
  getParentRoute: () => shellRoute,
  path: '/inventory/adjustments',
  staticData: stockRead,
  component: lazyRouteComponent(() => import('./adjustments/AdjustmentListPage.tsx'), 'AdjustmentListPage'),
});
const adjustmentFormRoute = createRoute({
  getParentRoute: () => shellRoute,
  path: '/inventory/adjustments/new',
  staticData: { permission: 'inventory.adjustment.create' },
  component: lazyRouteComponent(() => import('./adjustments/AdjustmentFormPage.tsx'), 'AdjustmentFormPage'),
});
const adjustmentRoute = createRoute({
  getParentRoute: () => shellRoute,
  path: '/inventory/adjustments/$adjustmentId',
  staticData: stockRead,
  component: lazyRouteComponent(() => import('./adjustments/AdjustmentPage.tsx'), 'AdjustmentPage'),
});

const moveHistoryRoute = createRoute({
  getParentRoute: () => shellRoute,
  path: '/inventory/moves',
  staticData: stockRead,
  validateSearch: (search): MoveHistorySearch => ({
    productId: isId(search.productId),
    lotId: isId(search.lotId),
    locationId: isId(search.locationId),
    moveType: searchChoice(search.moveType, moveTypes),
    actorId: isId(search.actorId),
    dateFrom: isDay(search.dateFrom),
    dateTo: isDay(search.dateTo),
  }),
  component: lazyRouteComponent(() => import('./moves/MoveHistoryPage.tsx'), 'MoveHistoryPage'),
});

const lotListRoute = createRoute({
  getParentRoute: () => shellRoute,
  path: '/inventory/lots',
  staticData: stockRead,
  validateSearch: (search): { productId?: string } => ({ productId: isId(search.productId) }),
  component: lazyRouteComponent(() => import('./lots/LotListPage.tsx'), 'LotListPage'),
});
const lotTraceRoute = createRoute({
  getParentRoute: () => shellRoute,
  path: '/inventory/lots/$lotId',
  staticData: stockRead,
  component: lazyRouteComponent(() => import('./lots/LotTracePage.tsx'), 'LotTracePage'),
});

const stockRoute = createRoute({
  getParentRoute: () => shellRoute,
  path: '/inventory/stock',
  staticData: stockRead,
  validateSearch: (search): { productId?: string } => ({ productId: isId(search.productId) }),
  component: lazyRouteComponent(() => import('./reports/StockPage.tsx'), 'StockPage'),
});

const valuationRoute = createRoute({
  getParentRoute: () => shellRoute,
  path: '/inventory/valuation',
  staticData: { permission: 'inventory.valuation.read' },
  validateSearch: (search): ValuationFilters => ({
    asOf: isDay(search.asOf),
    warehouseId: isId(search.warehouseId),
    productId: isId(search.productId),
  }),
  component: lazyRouteComponent(() => import('./reports/ValuationPage.tsx'), 'ValuationPage'),
});

export const inventoryRoutes = [
  lowStockRoute,
  lowStockAliasRoute,
  warehouseListRoute,
  warehouseRoute,
  operationListRoute,
  operationRoute,
  receiptFormRoute,
  transferFormRoute,
  scrapFormRoute,
  adjustmentListRoute,
  adjustmentFormRoute,
  adjustmentRoute,
  moveHistoryRoute,
  lotListRoute,
  lotTraceRoute,
  stockRoute,
  valuationRoute,
];
