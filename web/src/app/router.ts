import { createRouter } from '@tanstack/react-router';
import { accountingRoutes } from '../modules/accounting/routes.ts';
import { catalogRoutes } from '../modules/catalog/routes.ts';
import { companyRoutes } from '../modules/company/routes.ts';
import { dashboardRoutes } from '../modules/dashboard/routes.ts';
import { inventoryRoutes } from '../modules/inventory/routes.ts';
import { invoicingRoutes } from '../modules/invoicing/routes.ts';
import { membersRoutes } from '../modules/members/routes.ts';
import { onboardingRoutes } from '../modules/onboarding/routes.ts';
import { partnersRoutes } from '../modules/partners/routes.ts';
import { salesRoutes } from '../modules/sales/routes.ts';
import { stockCountRoutes } from '../modules/stock-counts/routes.ts';
import { homeRoute, rootRoute, shellRoute } from './root-routes.ts';

/** Each page is loaded when it is first visited (or hovered): the first page loads only its own code. */
const routeTree = rootRoute.addChildren([
  homeRoute,
  ...onboardingRoutes,
  shellRoute.addChildren([
    ...dashboardRoutes,
    ...salesRoutes,
    ...invoicingRoutes,
    ...partnersRoutes,
    ...catalogRoutes,
    ...inventoryRoutes,
    ...accountingRoutes,
    ...stockCountRoutes,
    ...membersRoutes,
    ...companyRoutes,
  ]),
]);

export const router = createRouter({ routeTree, defaultPreload: 'intent', scrollRestoration: true });

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
  interface StaticDataRouteOption {
    /** The permission a page needs in the active company; the shell shows "not allowed" without it. */
    permission?: string;
  }
}
