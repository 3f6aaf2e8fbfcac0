import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { shellRoute } from '../../app/root-routes.ts';

const dashboardRoute = createRoute({
  getParentRoute: () => shellRoute,
  path: '/dashboard',
  staticData: { permission: 'dashboard.view' },
  component: lazyRouteComponent(() => import('./DashboardPage.tsx'), 'DashboardPage'),
});

export const dashboardRoutes = [dashboardRoute];
