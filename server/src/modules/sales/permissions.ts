import { definePermissions } from '../../platform/permissions/permissions.ts';

definePermissions('sales', {
  'sales.order.read': 'See sales orders',
  'sales.order.send': 'Email order confirmations to customers',
  'sales.order.create': 'Create and change draft sales orders',
  'sales.order.confirm': 'Confirm sales orders (reserves stock)',
  'sales.order.cancel': 'Cancel sales orders (releases stock)',
  'sales.order.deliver': 'Deliver confirmed orders from their reservation',
  'sales.order.return': 'Take delivered goods back',
  'sales.order.override_credit_limit': 'Confirm an order above the customer’s credit limit',
});
