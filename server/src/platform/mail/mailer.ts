import type { FastifyBaseLogger } from 'fastify';

export interface MailAttachment {
  filename: string;
  contentType: string;
  /** The file in base64, as it travels in the outbox. */
  content: string;
}

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  attachments?: MailAttachment[] | undefined;
}

export interface Mailer {
  send(message: MailMessage): Promise<void>;
}

/** SMTP when `SMTP_URL` is set; otherwise the message, code included, goes to the log. */
export function createMailer(options: { smtpUrl?: string; from: string; log: FastifyBaseLogger }): Mailer {
  if (options.smtpUrl) {
    const smtpUrl = options.smtpUrl;
    // nodemailer loads with the first email, not at start-up: most of the time none is sent.
    let transport: Promise<import('nodemailer').Transporter> | undefined;
    return {
      async send(message) {
        transport ??= import('nodemailer').then(({ default: nodemailer }) => nodemailer.createTransport(smtpUrl));
        const attachments = message.attachments?.map((a) => ({ ...a, encoding: 'base64' }));
        await (await transport).sendMail({ from: options.from, ...message, attachments });
      },
    };
  }
  return {
    async send(message) {
      options.log.info(
        {
          mail: { to: message.to, subject: message.subject, attachments: message.attachments?.map((a) => a.filename) },
        },
        `Email to ${message.to}: ${message.text}`,
      );
    },
  };
}

/** Keeps every message in memory, for tests that read the codes a user would get by email. */
export class CapturingMailer implements Mailer {
  readonly sent: MailMessage[] = [];
  private waiters: Array<() => void> = [];

  async send(message: MailMessage): Promise<void> {
    this.sent.push(message);
    for (const wake of this.waiters.splice(0)) wake();
  }

  /** The newest message to `to` matching `filter`, waiting up to `timeoutMs` for it to arrive. */
  async waitFor(to: string, filter: (m: MailMessage) => boolean = () => true, timeoutMs = 5000): Promise<MailMessage> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.sent.findLast((m) => m.to === to && filter(m));
      if (found) return found;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`No email to ${to} within ${timeoutMs} ms`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.min(left, 100));
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }
}
