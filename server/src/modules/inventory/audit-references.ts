import { sql } from 'drizzle-orm';
import { defineAuditReferences } from '../../platform/audit/references.ts';
import { locations, lots, stockAdjustments, stockOperations, warehouses, zones } from './schema.ts';

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
  // Locations and lots are found by the code their label encodes, so scanning a label into Ctrl+K opens the record.
  {
    kind: 'location',
    table: locations,
    tenantId: locations.tenantId,
    id: locations.id,
    label: locations.code,
    search: { permission: 'inventory.stock.read', matches: [locations.code, locations.name], detail: locations.name },
  },
  {
    kind: 'lot',
    table: lots,
    tenantId: lots.tenantId,
    id: lots.id,
    label: lots.number,
    search: {
      permission: 'inventory.stock.read',
      matches: [lots.number],
      detail: sql`(select p.sku || ' · ' || p.name from products p where p.tenant_id = ${lots.tenantId} and p.id = ${lots.productId})`,
    },
  },
);
