import { explainProductReference } from '../catalog/index.ts';
import type { ErpModule } from '../module.ts';
import './audit-references.ts';
import './chatter-records.ts';
import './permissions.ts';
import { salesDemoHistory } from './demo.ts';
import { registerSalesDocumentRoutes } from './document-routes.ts';
import { salesCard, topCustomersCard, topProductsCard } from './queries/dashboard.ts';
import { registerSalesRoutes } from './routes.ts';

export { cancelSalesOrder } from './commands/cancel-sales-order.ts';
export { confirmSalesOrder } from './commands/confirm-sales-order.ts';
export { createSalesOrder } from './commands/create-sales-order.ts';
export { deliverSalesOrder } from './commands/deliver-sales-order.ts';
export type { InvoiceableLine, InvoiceableOrder } from './commands/invoiceable-lines.ts';
export { lockInvoiceableOrder } from './commands/lock-invoiceable-order.ts';
export { recordOrderInvoicing } from './commands/record-order-invoicing.ts';
export { returnSalesOrder } from './commands/return-sales-order.ts';
export { priceLines } from './pricing.ts';
export { salesOrderNumberOf } from './queries/sales-order-queries.ts';

explainProductReference('sales_order_lines_product_fk', 'sales orders');

/** Sales orders: draft → confirmed (stock reserved) → cancelled. */
export const salesModule: ErpModule = {
  name: 'sales',
  registerRoutes: (app) => {
    registerSalesRoutes(app);
    registerSalesDocumentRoutes(app);
  },
  dashboardCards: [salesCard, topProductsCard, topCustomersCard],
  demoHistory: salesDemoHistory,
};
