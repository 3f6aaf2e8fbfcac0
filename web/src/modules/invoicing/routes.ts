import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { shellRoute } from '../../app/root-routes.ts';
import { searchChoice, searchText } from '../../app/search-params.ts';
import { type ListView, listViews } from '../../ui/list/list-filters.ts';
import { invoiceKinds, invoiceStates } from './invoice-states.tsx';

const isDay = (value: unknown) => {
  const text = searchText(value);
  return text && /^\d{4}-\d{2}-\d{2}$/.test(text) ? text : undefined;
};
const parent = () => shellRoute;

export const invoiceSorts = [
  '-invoiceDate',
  'invoiceDate',
  '-dueDate',
  'dueDate',
  'customerName',
  '-customerName',
  'total',
  '-total',
] as const;

export interface InvoiceListSearch {
  sort?: (typeof invoiceSorts)[number];
  q?: string;
  state?: (typeof invoiceStates)[number];
  kind?: (typeof invoiceKinds)[number];
  customerId?: string;
  dateFrom?: string;
  dateTo?: string;
  overdue?: boolean;
  view?: ListView;
}

const invoiceListRoute = createRoute({
  getParentRoute: parent,
  path: '/invoices',
  staticData: { permission: 'invoicing.invoice.read' },
  validateSearch: (search): InvoiceListSearch => ({
    q: searchText(search.q),
    state: searchChoice(search.state, invoiceStates),
    kind: searchChoice(search.kind, invoiceKinds),
    customerId: searchText(search.customerId),
    dateFrom: isDay(search.dateFrom),
    dateTo: isDay(search.dateTo),
    overdue: search.overdue === true || search.overdue === 'true' ? true : undefined,
    sort: searchChoice(search.sort, invoiceSorts),
    view: searchChoice(search.view, listViews),
  }),
  component: lazyRouteComponent(() => import('./InvoiceListPage.tsx'), 'InvoiceListPage'),
});

export interface NewInvoiceSearch {
  /** Invoice this sales order. */
  orderId?: string;
}

const newInvoiceRoute = createRoute({
  getParentRoute: parent,
  path: '/invoices/new',
  staticData: { permission: 'invoicing.invoice.create' },
  validateSearch: (search): NewInvoiceSearch => ({ orderId: searchText(search.orderId) }),
  component: lazyRouteComponent(() => import('./InvoiceFormPage.tsx'), 'InvoiceFormPage'),
});

const invoiceRoute = createRoute({
  getParentRoute: parent,
  path: '/invoices/$invoiceId',
  staticData: { permission: 'invoicing.invoice.read' },
  component: lazyRouteComponent(() => import('./InvoicePage.tsx'), 'InvoicePage'),
});

export interface PaymentListSearch {
  customerId?: string;
  dateFrom?: string;
  dateTo?: string;
  withCredit?: boolean;
}

const paymentListRoute = createRoute({
  getParentRoute: parent,
  path: '/payments',
  staticData: { permission: 'invoicing.payment.read' },
  validateSearch: (search): PaymentListSearch => ({
    customerId: searchText(search.customerId),
    dateFrom: isDay(search.dateFrom),
    dateTo: isDay(search.dateTo),
    withCredit: search.withCredit === true || search.withCredit === 'true' ? true : undefined,
  }),
  component: lazyRouteComponent(() => import('./PaymentListPage.tsx'), 'PaymentListPage'),
});

export interface NewPaymentSearch {
  customerId?: string;
  /** Pay this invoice: its amount due is proposed. */
  invoiceId?: string;
}

const newPaymentRoute = createRoute({
  getParentRoute: parent,
  path: '/payments/new',
  staticData: { permission: 'invoicing.payment.create' },
  validateSearch: (search): NewPaymentSearch => ({
    customerId: searchText(search.customerId),
    invoiceId: searchText(search.invoiceId),
  }),
  component: lazyRouteComponent(() => import('./PaymentFormPage.tsx'), 'PaymentFormPage'),
});

const paymentRoute = createRoute({
  getParentRoute: parent,
  path: '/payments/$paymentId',
  staticData: { permission: 'invoicing.payment.read' },
  component: lazyRouteComponent(() => import('./PaymentPage.tsx'), 'PaymentPage'),
});

const agingRoute = createRoute({
  getParentRoute: parent,
  path: '/receivables/aging',
  staticData: { permission: 'invoicing.report.read' },
  validateSearch: (search): { asOf?: string } => ({ asOf: isDay(search.asOf) }),
  component: lazyRouteComponent(() => import('./AgingPage.tsx'), 'AgingPage'),
});

export interface StatementSearch {
  from?: string;
  to?: string;
}

const statementRoute = createRoute({
  getParentRoute: parent,
  path: '/customers/$customerId/statement',
  staticData: { permission: 'invoicing.report.read' },
  validateSearch: (search): StatementSearch => ({ from: isDay(search.from), to: isDay(search.to) }),
  component: lazyRouteComponent(() => import('./StatementPage.tsx'), 'StatementPage'),
});

const settingsRoute = createRoute({
  getParentRoute: parent,
  path: '/invoicing/settings',
  staticData: { permission: 'invoicing.settings.manage' },
  component: lazyRouteComponent(() => import('./InvoicingSettingsPage.tsx'), 'InvoicingSettingsPage'),
});

export const invoicingRoutes = [
  invoiceListRoute,
  newInvoiceRoute,
  invoiceRoute,
  paymentListRoute,
  newPaymentRoute,
  paymentRoute,
  agingRoute,
  statementRoute,
  settingsRoute,
];
