import { createRoute } from '@tanstack/react-router';
import { shellRoute } from '../../app/root-routes.ts';
import { DashboardPage } from './DashboardPage.tsx';

const dashboardRoute = createRoute({
  getParentRoute: () => shellRoute,
  path: '/dashboard',
  staticData: { permission: 'dashboard.view' },
  component: DashboardPage,
});

export const dashboardRoutes = [dashboardRoute];
