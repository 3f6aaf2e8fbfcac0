import { createRoute } from '@tanstack/react-router';
import { shellRoute } from '../../app/root-routes.ts';
import { LowStockPage } from './LowStockPage.tsx';

const lowStockRoute = createRoute({
  getParentRoute: () => shellRoute,
  path: '/low-stock',
  staticData: { permission: 'inventory.stock.read' },
  component: LowStockPage,
});

export const inventoryRoutes = [lowStockRoute];
