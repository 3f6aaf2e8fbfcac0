import { sql } from 'drizzle-orm';
import { defineChatterRecords } from '../../platform/chatter/record-types.ts';
import { customerInvoices, customerPayments } from './schema.ts';

defineChatterRecords(
  {
    type: 'customer_invoice',
    label: 'Invoice',
    readPermission: 'invoicing.invoice.read',
    table: customerInvoices,
    tenantId: customerInvoices.tenantId,
    id: customerInvoices.id,
    title: sql`coalesce(${customerInvoices.number}, 'draft')`,
    link: (id) => `/invoices/${id}`,
    wording: {
      'customer_invoice.created': 'Drafted the invoice',
      'customer_invoice.posted': 'Posted the invoice to the ledger',
      'customer_invoice.cancelled': 'Cancelled the invoice',
    },
  },
  {
    type: 'customer_payment',
    label: 'Payment',
    readPermission: 'invoicing.payment.read',
    table: customerPayments,
    tenantId: customerPayments.tenantId,
    id: customerPayments.id,
    title: customerPayments.number,
    link: (id) => `/payments/${id}`,
    wording: {
      'customer_payment.received': 'Received the payment',
      'customer_payment.credit_applied': 'Applied credit to invoices',
    },
  },
);
