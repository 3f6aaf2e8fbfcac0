import type { TenantContext } from '../../db/database.ts';
import { recordAudit } from '../audit/audit.ts';
import { invalidField } from '../errors.ts';
import { type catalogs, wordsOf } from '../i18n/index.ts';
import { enqueueForTenant } from '../outbox/outbox.ts';
import { companyIdentity } from '../tenancy/company-calendar.ts';

/** The documents that have a mail template: `email.<template>.subject` and `.body` in the server catalogs. */
export type DocumentMailTemplate = keyof typeof catalogs.en.email;

export interface DocumentMail {
  /** The audit entity: the mail shows in this record's timeline. */
  entity: string;
  entityId: string;
  template: DocumentMailTemplate;
  /** The address asked for, else the partner's. */
  to: string | null | undefined;
  /** Who the document is for, named in the refusal when there is no address. */
  recipientName: string;
  /** What the template's placeholders take: `number`, `customer`, ... */
  values: Record<string, string>;
  attachment: { filename: string; pdf: Buffer };
}

/**
 * Sends a document as a PDF attachment. The mail is written from the document type's template in
 * the company's language and leaves through the outbox after commit (so a rolled-back request
 * sends nothing); the `<entity>.emailed` audit entry puts it on the document's timeline.
 */
export async function emailDocument(ctx: TenantContext, mail: DocumentMail): Promise<{ to: string; subject: string }> {
  const to = mail.to;
  if (!to) invalidField('to', `${mail.recipientName} has no email address; enter the address to send to`);
  const words = wordsOf(await companyIdentity(ctx));
  const subject = words.t(`email.${mail.template}.subject`, mail.values);
  await enqueueForTenant(ctx, {
    topic: 'mail.send',
    payload: {
      to,
      subject,
      text: words.t(`email.${mail.template}.body`, mail.values),
      attachments: [
        {
          filename: mail.attachment.filename,
          contentType: 'application/pdf',
          content: mail.attachment.pdf.toString('base64'),
        },
      ],
    },
  });
  await recordAudit(ctx, {
    action: `${mail.entity}.emailed`,
    entity: mail.entity,
    entityId: mail.entityId,
    after: { to, subject },
  });
  return { to, subject };
}
