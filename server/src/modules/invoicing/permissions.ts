import { definePermissions } from '../../platform/permissions/permissions.ts';

export const invoicingPermissions = definePermissions('invoicing', {
  'invoicing.invoice.read': 'See customer invoices and credit notes',
  'invoicing.invoice.create': 'Draft customer invoices',
  'invoicing.invoice.post': 'Post customer invoices to the ledger',
  'invoicing.invoice.cancel': 'Cancel invoices (by credit note once posted)',
  'invoicing.invoice.send': 'Email posted invoices and credit notes to customers',
  'invoicing.payment.read': 'See customer payments',
  'invoicing.payment.create': 'Record customer payments and apply customer credit',
  'invoicing.report.read': 'See receivables aging and customer statements',
  'invoicing.settings.manage': 'Change invoicing settings such as the default VAT rate',
});
