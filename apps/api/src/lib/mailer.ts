// Outgoing email behind one small interface, so services say what to send and never how. Every
// message is written to the email_outbox table (in the caller's transaction when it passes one), and
// the outbox sender (email/outbox-sender.ts) delivers it over SMTP, retrying while the relay is down.
// Notice emails to many parents are written to the outbox in batches by SQL
// (lib/notice-announcement.ts, run by a job), never one send() per parent.
import type { Prisma } from '@cos/db';
import type { Clock } from './clock.ts';

export type EmailLanguage = 'en' | 'es';

export interface EmailMessage {
  to: string;
  subject: string;
  /**
   * Plain text. Never a password, an answer or a full SSN; a temporary password only in the one
   * message that delivers it out of band to its owner (a staff reset, staff-users.service.ts).
   */
  body: string;
  /** The language subject and body are written in (the parent's preferred one); English if absent. */
  language?: EmailLanguage;
}

export interface Mailer {
  send(message: EmailMessage): Promise<void>;
}

/** Queues the message in email_outbox; the outbox sender delivers it (sent_at, message_id). */
export function createOutboxMailer(deps: { db: Prisma.TransactionClient; clock: Clock }): Mailer {
  return {
    async send({ to, subject, body, language }) {
      const now = deps.clock.now();
      await deps.db.emailOutbox.create({
        data: {
          toAddress: to,
          subject,
          body,
          language: language ?? 'en',
          createdAt: now,
          nextAttemptAt: now,
        },
      });
    },
  };
}
