import { definePermissions } from '../../platform/permissions/permissions.ts';

export const inventoryPermissions = definePermissions('inventory', {
  'inventory.stock.read': 'See stock levels, moves, lots, operations and the low-stock list',
  'inventory.valuation.read': 'See what the stock is worth',
  'inventory.adjustment.create': 'Set stock by hand with an adjustment',
  'inventory.receipt.create': 'Receive goods from vendors',
  'inventory.transfer.create': 'Move stock between locations and warehouses',
  'inventory.scrap.create': 'Write stock off',
  'inventory.warehouse.manage': 'Create and change warehouses, zones and locations',
  'inventory.reorder.notify': 'Be notified when a product falls under its reorder point',
});
