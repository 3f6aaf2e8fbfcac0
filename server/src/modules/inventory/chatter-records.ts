import { defineChatterRecords } from '../../platform/chatter/record-types.ts';
import { stockOperations } from './schema.ts';

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
