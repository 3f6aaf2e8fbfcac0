import { defineAuditReferences } from '../../platform/audit/references.ts';
import { salesOrders } from './schema.ts';

defineAuditReferences({
  kind: 'sales_order',
  table: salesOrders,
  tenantId: salesOrders.tenantId,
  id: salesOrders.id,
  label: salesOrders.number,
  number: salesOrders.number,
  search: {
    permission: 'sales.order.read',
    matches: [salesOrders.number, salesOrders.customerName],
    detail: salesOrders.customerName,
  },
});
