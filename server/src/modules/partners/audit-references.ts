import { defineAuditReferences } from '../../platform/audit/references.ts';
import { customers } from './schema.ts';

defineAuditReferences({
  kind: 'customer',
  table: customers,
  tenantId: customers.tenantId,
  id: customers.id,
  label: customers.name,
});
