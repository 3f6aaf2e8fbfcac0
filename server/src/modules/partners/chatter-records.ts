import { defineChatterRecords } from '../../platform/chatter/record-types.ts';
import { customers } from './schema.ts';

defineChatterRecords({
  type: 'customer',
  label: 'Customer',
  readPermission: 'partners.customer.read',
  table: customers,
  tenantId: customers.tenantId,
  id: customers.id,
  title: customers.name,
  link: (id) => `/customers/${id}`,
  wording: { 'customer.created': 'Created the customer', 'customer.updated': 'Changed the customer' },
});
