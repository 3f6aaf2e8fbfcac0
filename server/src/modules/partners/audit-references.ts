import { defineAuditReferences } from '../../platform/audit/references.ts';
import { customers } from './schema.ts';

defineAuditReferences({
  kind: 'customer',
  table: customers,
  tenantId: customers.tenantId,
  id: customers.id,
  label: customers.name,
  search: {
    permission: 'partners.customer.read',
    matches: [customers.code, customers.name, customers.email],
    detail: customers.code,
  },
});
