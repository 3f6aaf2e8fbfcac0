import { definePermissions } from '../../platform/permissions/permissions.ts';

definePermissions('partners', {
  'partners.customer.read': 'See customers',
  'partners.customer.create': 'Create customers',
  'partners.customer.update': 'Change and deactivate customers',
});
