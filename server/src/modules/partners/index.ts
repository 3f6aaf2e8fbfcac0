import type { ErpModule } from '../module.ts';
import './audit-references.ts';
import './chatter-records.ts';
import './customer-import.ts';
import './errors.ts';
import './permissions.ts';
import { seedPaymentTerms } from './commands/payment-terms.ts';
import { registerPaymentTermRoutes } from './payment-term-routes.ts';
import { registerPartnerRoutes } from './routes.ts';

export { createCustomer } from './commands/create-customer.ts';
export type { CustomerRow } from './commands/customer-fields.ts';
export { customerInvoiceTerms, type InvoiceTerms, invoiceTermsOf, type PaymentTermRow } from './payment-terms.ts';
export {
  creditLimitOf,
  customerNameOf,
  getCustomer,
  getCustomersByIds,
  lockCustomer,
} from './queries/customer-queries.ts';
export { getPaymentTerm } from './queries/payment-term-queries.ts';

/** Customers (and, later, vendors). */
export const partnersModule: ErpModule = {
  name: 'partners',
  registerRoutes: (app) => {
    registerPartnerRoutes(app);
    registerPaymentTermRoutes(app);
  },
  onCompanyCreated: (ctx) => seedPaymentTerms(ctx),
};
