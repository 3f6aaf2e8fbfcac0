import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { shellRoute } from '../../app/root-routes.ts';
import { searchChoice, searchText } from '../../app/search-params.ts';
import { type ActiveFilterValue, activeFilterChoices } from '../../ui/ActiveFilter.tsx';
import { customerTypes } from './customer-labels.ts';

export const customerSorts = ['code', '-code', 'name', '-name', 'createdAt', '-createdAt'] as const;

export interface CustomerListSearch {
  q?: string;
  type?: (typeof customerTypes)[number];
  /** Active customers unless told otherwise. */
  status?: ActiveFilterValue;
  sort?: (typeof customerSorts)[number];
}

const customerListRoute = createRoute({
  getParentRoute: () => shellRoute,
  path: '/customers',
  staticData: { permission: 'partners.customer.read' },
  validateSearch: (search): CustomerListSearch => ({
    q: searchText(search.q),
    type: searchChoice(search.type, customerTypes),
    status: searchChoice(search.status, activeFilterChoices),
    sort: searchChoice(search.sort, customerSorts),
  }),
  component: lazyRouteComponent(() => import('./CustomerListPage.tsx'), 'CustomerListPage'),
});

const newCustomerRoute = createRoute({
  getParentRoute: () => shellRoute,
  path: '/customers/new',
  staticData: { permission: 'partners.customer.create' },
  component: lazyRouteComponent(() => import('./CustomerFormPage.tsx'), 'NewCustomerPage'),
});

const customerRoute = createRoute({
  getParentRoute: () => shellRoute,
  path: '/customers/$customerId',
  staticData: { permission: 'partners.customer.read' },
  component: lazyRouteComponent(() => import('./CustomerPage.tsx'), 'CustomerPage'),
});

const editCustomerRoute = createRoute({
  getParentRoute: () => shellRoute,
  path: '/customers/$customerId/edit',
  staticData: { permission: 'partners.customer.update' },
  component: lazyRouteComponent(() => import('./CustomerFormPage.tsx'), 'EditCustomerPage'),
});

const paymentTermsRoute = createRoute({
  getParentRoute: () => shellRoute,
  path: '/settings/payment-terms',
  staticData: { permission: 'platform.settings.manage' },
  component: lazyRouteComponent(() => import('./PaymentTermsPage.tsx'), 'PaymentTermsPage'),
});

export const partnersRoutes = [
  customerListRoute,
  newCustomerRoute,
  customerRoute,
  editCustomerRoute,
  paymentTermsRoute,
];
