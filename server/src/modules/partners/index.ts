import { definePermissions } from '../../platform/permissions/permissions.ts';
import type { ErpModule } from '../module.ts';
import './audit-references.ts';
import './chatter-records.ts';
import { registerPartnerRoutes } from './routes.ts';

export {
  type CustomerRow,
  createCustomer,
  creditLimitOf,
  customerNameOf,
  getCustomer,
  getCustomersByIds,
  lockCustomer,
} from './customers.ts';

definePermissions('partners', {
  'partners.customer.read': 'See customers',
  'partners.customer.create': 'Create customers',
  'partners.customer.update': 'Change and deactivate customers',
});

/** Customers (and, later, vendors). */
export const partnersModule: ErpModule = { name: 'partners', registerRoutes: registerPartnerRoutes };
