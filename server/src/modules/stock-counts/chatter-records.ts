import { defineChatterRecords } from '../../platform/chatter/record-types.ts';
import { stockCounts } from './schema.ts';

defineChatterRecords({
  type: 'stock_count',
  label: 'Stock count',
  readPermission: 'inventory.count.read',
  table: stockCounts,
  tenantId: stockCounts.tenantId,
  id: stockCounts.id,
  title: stockCounts.number,
  link: (id) => `/inventory/stock-counts/${id}`,
  wording: { 'stock_count.scheduled': 'Scheduled the count', 'stock_count.counts_recorded': 'Recorded counts' },
});
