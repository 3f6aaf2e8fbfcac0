import { defineAuditReferences } from '../../platform/audit/references.ts';
import { customerInvoices, customerPayments } from './schema.ts';

defineAuditReferences(
  {
    kind: 'customer_invoice',
    table: customerInvoices,
    tenantId: customerInvoices.tenantId,
    id: customerInvoices.id,
    label: customerInvoices.number,
    number: customerInvoices.number,
    search: {
      permission: 'invoicing.invoice.read',
      matches: [customerInvoices.number, customerInvoices.customerName],
      detail: customerInvoices.customerName,
    },
  },
  {
    kind: 'customer_payment',
    table: customerPayments,
    tenantId: customerPayments.tenantId,
    id: customerPayments.id,
    label: customerPayments.number,
    number: customerPayments.number,
    search: {
      permission: 'invoicing.payment.read',
      matches: [customerPayments.number, customerPayments.reference],
      detail: customerPayments.reference,
    },
  },
);
