import { defineChatterRecords } from '../../platform/chatter/record-types.ts';
import { stockAdjustments, stockOperations } from './schema.ts';

defineChatterRecords({
  type: 'stock_operation',
  label: 'Stock operation',
  readPermission: 'inventory.stock.read',
  table: stockOperations,
  tenantId: stockOperations.tenantId,
  id: stockOperations.id,
  title: stockOperations.number,
  link: (id) => `/inventory/operations/${id}`,
});

defineChatterRecords({
  type: 'stock_adjustment',
  label: 'Stock adjustment',
  readPermission: 'inventory.stock.read',
  table: stockAdjustments,
  tenantId: stockAdjustments.tenantId,
  id: stockAdjustments.id,
  title: stockAdjustments.number,
  link: (id) => `/inventory/adjustments/${id}`,
});
