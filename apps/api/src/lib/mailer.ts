// Outgoing email behind one small interface, so services say what to send and never how. The only
// implementation today is OutboxMailer, a stand-in for a real email service: it writes each message
// to the email_outbox table, where the contact center console (and a developer) can read it. A real
// transport (SMTP, an email API) implements the same interface and is passed to buildApp. Notice
// emails to many parents are the exception: they are written to email_outbox in bulk by SQL
// (lib/notice-announcement.ts), so a real transport must also send the outbox's unsent rows.
import type { Prisma } from '@cos/db';
import type { Clock } from './clock.ts';

export interface EmailMessage {
  to: string;
  subject: string;
  /**
   * Plain text. Never a password, an answer or a full SSN; a temporary password only in the one
   * message that delivers it out of band to its owner (a staff reset, staff-users.service.ts).
   */
  body: string;
}

export interface Mailer {
  send(message: EmailMessage): Promise<void>;
}

/** Development and test transport: the message is stored, not sent (sent_at stays empty). */
export function createOutboxMailer(deps: { db: Prisma.TransactionClient; clock: Clock }): Mailer {
  return {
    async send({ to, subject, body }) {
      await deps.db.emailOutbox.create({
        data: { toAddress: to, subject, body, createdAt: deps.clock.now() },
      });
    },
  };
}
