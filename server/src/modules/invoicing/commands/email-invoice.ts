import type { TenantContext } from '../../../db/database.ts';
import { Conflict, NotFound } from '../../../platform/errors.ts';
import { emailDocument } from '../../../platform/mail/document-mail.ts';
import { getCustomer } from '../../partners/index.ts';
import { invoicePdf } from '../invoice-pdf.ts';
import { getInvoice } from '../queries/invoice-queries.ts';

/**
 * Sends a posted invoice or credit note as a PDF to the customer (or the address given), from the
 * invoice or credit-note template; it shows in the invoice's timeline.
 */
export async function emailInvoice(ctx: TenantContext, id: string, request: { to?: string | undefined }) {
  const invoice = await getInvoice(ctx, id);
  if (!invoice) throw new NotFound('Customer invoice', id);
  if (!invoice.number) {
    throw new Conflict('invoice_not_posted', 'Post the invoice before sending it: a draft has no number yet');
  }
  const customer = await getCustomer(ctx, invoice.customerId);
  return emailDocument(ctx, {
    entity: 'customer_invoice',
    entityId: id,
    template: invoice.kind === 'credit_note' ? 'creditNote' : 'invoice',
    to: request.to ?? customer?.email,
    recipientName: invoice.customerName,
    values: { number: invoice.number, customer: invoice.customerName },
    attachment: { filename: `${invoice.number}.pdf`, pdf: await invoicePdf(ctx, invoice) },
  });
}
