import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { shellRoute } from '../../app/root-routes.ts';

const companySettingsRoute = createRoute({
  getParentRoute: () => shellRoute,
  path: '/settings/company',
  staticData: { permission: 'platform.settings.manage' },
  component: lazyRouteComponent(() => import('./CompanySettingsPage.tsx'), 'CompanySettingsPage'),
});

export const companyRoutes = [companySettingsRoute];
