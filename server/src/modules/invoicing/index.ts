import type { ErpModule } from '../module.ts';
import './audit-references.ts';
import './chatter-records.ts';
import { invoicingDemoHistory } from './demo.ts';
import './errors.ts';
import './permissions.ts';
import { receivablesCard } from './queries/dashboard.ts';
import { registerInvoicingRoutes } from './routes.ts';

export { applyCustomerCredit } from './commands/apply-customer-credit.ts';
export { cancelInvoice } from './commands/cancel-invoice.ts';
export { createInvoice } from './commands/create-invoice.ts';
export { postInvoice } from './commands/post-invoice.ts';
export { receivePayment } from './commands/receive-payment.ts';
export { receivableInvariantViolations } from './queries/receivable-invariants.ts';
export { arAging } from './queries/receivables.ts';

/** Customer invoices, credit notes and payments: from delivered orders to cash (SPEC §4.3, §5). */
export const invoicingModule: ErpModule = {
  name: 'invoicing',
  registerRoutes: registerInvoicingRoutes,
  dashboardCards: [receivablesCard],
  demoHistory: invoicingDemoHistory,
};
