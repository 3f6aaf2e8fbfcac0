import { defineAuditReferences } from '../../platform/audit/references.ts';
import { locations, stockAdjustments, stockOperations, warehouses, zones } from './schema.ts';

defineAuditReferences(
  {
    kind: 'stock_operation',
    table: stockOperations,
    tenantId: stockOperations.tenantId,
    id: stockOperations.id,
    label: stockOperations.number,
    number: stockOperations.number,
    search: {
      permission: 'inventory.stock.read',
      matches: [stockOperations.number, stockOperations.partnerName, stockOperations.reference],
      detail: stockOperations.partnerName,
    },
  },
  {
    kind: 'stock_adjustment',
    table: stockAdjustments,
    tenantId: stockAdjustments.tenantId,
    id: stockAdjustments.id,
    label: stockAdjustments.number,
    number: stockAdjustments.number,
  },
  { kind: 'warehouse', table: warehouses, tenantId: warehouses.tenantId, id: warehouses.id, label: warehouses.name },
  { kind: 'zone', table: zones, tenantId: zones.tenantId, id: zones.id, label: zones.name },
  { kind: 'location', table: locations, tenantId: locations.tenantId, id: locations.id, label: locations.code },
);
