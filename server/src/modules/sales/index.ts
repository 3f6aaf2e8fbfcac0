import { definePermissions } from '../../platform/permissions/permissions.ts';
import { explainProductReference } from '../catalog/index.ts';
import type { ErpModule } from '../module.ts';
import './audit-references.ts';
import { salesDemoHistory } from './demo.ts';
import { salesCard, topCustomersCard, topProductsCard } from './queries/dashboard.ts';
import { registerSalesRoutes } from './routes.ts';

export { cancelSalesOrder } from './commands/cancel-sales-order.ts';
export { confirmSalesOrder } from './commands/confirm-sales-order.ts';
export { deliverSalesOrder, returnSalesOrder } from './commands/deliver-sales-order.ts';
export {
  type InvoiceableLine,
  type InvoiceableOrder,
  lockInvoiceableOrder,
  recordOrderInvoicing,
} from './commands/invoice-sales-order.ts';
export { createSalesOrder } from './commands/save-sales-order.ts';
export { priceLines } from './pricing.ts';
export { salesOrderNumberOf } from './queries/sales-order-queries.ts';

definePermissions('sales', {
  'sales.order.read': 'See sales orders',
  'sales.order.create': 'Create and change draft sales orders',
  'sales.order.confirm': 'Confirm sales orders (reserves stock)',
  'sales.order.cancel': 'Cancel sales orders (releases stock)',
  'sales.order.deliver': 'Deliver confirmed orders from their reservation',
  'sales.order.return': 'Take delivered goods back',
  'sales.order.override_credit_limit': 'Confirm an order above the customer’s credit limit',
});

explainProductReference('sales_order_lines_product_fk', 'sales orders');

/** Sales orders: draft → confirmed (stock reserved) → cancelled. */
export const salesModule: ErpModule = {
  name: 'sales',
  registerRoutes: registerSalesRoutes,
  dashboardCards: [salesCard, topProductsCard, topCustomersCard],
  demoHistory: salesDemoHistory,
};
