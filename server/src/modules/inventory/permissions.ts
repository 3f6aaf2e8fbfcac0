import { definePermissions } from '../../platform/permissions/permissions.ts';

export const inventoryPermissions = definePermissions('inventory', {
  'inventory.stock.read': 'See stock levels, moves, adjustments and the low-stock list',
  'inventory.adjustment.create': 'Set stock by hand with an adjustment',
});
