import type { TenantContext } from '../../../db/database.ts';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { Conflict, invalidField, NotFound } from '../../../platform/errors.ts';
import { wordsOf } from '../../../platform/i18n/index.ts';
import { enqueueForTenant } from '../../../platform/outbox/outbox.ts';
import { companyIdentity } from '../../../platform/tenancy/company-calendar.ts';
import { getCustomer } from '../../partners/index.ts';
import { invoicePdf } from '../invoice-pdf.ts';
import { getInvoice } from '../queries/invoice-queries.ts';

/**
 * Sends a posted invoice or credit note as a PDF to the customer (or the address given). The mail
 * leaves through the outbox after commit, in the company's language; the audit entry puts it in
 * the invoice's timeline.
 */
export async function emailInvoice(ctx: TenantContext, id: string, request: { to?: string | undefined }) {
  const invoice = await getInvoice(ctx, id);
  if (!invoice) throw new NotFound('Customer invoice', id);
  if (!invoice.number) {
    throw new Conflict('invoice_not_posted', 'Post the invoice before sending it: a draft has no number yet');
  }
  const customer = await getCustomer(ctx, invoice.customerId);
  const to = request.to ?? customer?.email;
  if (!to) invalidField('to', `${invoice.customerName} has no email address; enter the address to send to`);
  const words = wordsOf(await companyIdentity(ctx));
  const mail = invoice.kind === 'credit_note' ? 'email.creditNote' : 'email.invoice';
  const values = { number: invoice.number, customer: invoice.customerName };
  const subject = words.t(`${mail}.subject`, values);
  const pdf = await invoicePdf(ctx, invoice);
  await enqueueForTenant(ctx, {
    topic: 'mail.send',
    payload: {
      to,
      subject,
      text: words.t(`${mail}.body`, values),
      attachments: [
        { filename: `${invoice.number}.pdf`, contentType: 'application/pdf', content: pdf.toString('base64') },
      ],
    },
  });
  await recordAudit(ctx, {
    action: 'customer_invoice.emailed',
    entity: 'customer_invoice',
    entityId: id,
    after: { to, subject },
  });
  return { to, subject };
}
