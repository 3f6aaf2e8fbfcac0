import type { CustomerType } from './customers-api.ts';

export const customerTypeLabels: Record<CustomerType, string> = {
  retail: 'Retail',
  wholesale: 'Wholesale',
  distributor: 'Distributor',
  online: 'Online',
};

export const customerTypeOptions = Object.entries(customerTypeLabels).map(([value, label]) => ({ value, label }));
