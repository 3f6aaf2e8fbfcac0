import { defineAuditReferences } from '../../platform/audit/references.ts';
import { stockCounts } from './schema.ts';

defineAuditReferences({
  kind: 'stock_count',
  table: stockCounts,
  tenantId: stockCounts.tenantId,
  id: stockCounts.id,
  label: stockCounts.number,
  number: stockCounts.number,
  search: { permission: 'inventory.count.read', matches: [stockCounts.number], detail: stockCounts.warehouseName },
});
