import { z } from 'zod';
import type { OutboxHandler } from '../outbox/dispatcher.ts';
import type { Mailer } from './mailer.ts';

const MailPayload = z.object({
  to: z.string(),
  subject: z.string(),
  text: z.string(),
  attachments: z.array(z.object({ filename: z.string(), contentType: z.string(), content: z.string() })).optional(),
});

/** Delivers `mail.send` outbox events; the text (which may hold a one-time code) and
 * any attached document are erased after. */
export function mailHandler(mailer: Mailer): OutboxHandler {
  return {
    handle: (payload) => mailer.send(MailPayload.parse(payload)),
    redactAfterDelivery: ['text', 'attachments'],
  };
}
