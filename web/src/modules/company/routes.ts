import { createRoute } from '@tanstack/react-router';
import { shellRoute } from '../../app/root-routes.ts';
import { CompanySettingsPage } from './CompanySettingsPage.tsx';

const companySettingsRoute = createRoute({
  getParentRoute: () => shellRoute,
  path: '/settings/company',
  staticData: { permission: 'platform.settings.manage' },
  component: CompanySettingsPage,
});

export const companyRoutes = [companySettingsRoute];
