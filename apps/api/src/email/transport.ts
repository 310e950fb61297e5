// How a message leaves: over SMTP to the agency's relay (nodemailer), or, in development without
// SMTP_URL, into the local catcher — the outbox row itself, marked sent, which the console's
// "Sent mail, development only" page lists. The sender classifies failures: a 5xx answer is a
// permanent rejection; a 4xx answer, a refused or dropped connection or a timeout is worth a retry.
import { randomUUID } from 'node:crypto';
import nodemailer from 'nodemailer';

export interface OutgoingEmail {
  to: string;
  subject: string;
  text: string;
  language: string;
}

export interface EmailTransport {
  /** 'smtp' delivers; 'catcher' only marks the row sent (development). */
  readonly kind: 'smtp' | 'catcher';
  /** Resolves with the relay's Message-ID once the relay accepted the message. */
  deliver(message: OutgoingEmail): Promise<{ messageId: string }>;
  close(): void;
}

export interface SmtpOptions {
  /** smtp://user:pass@host:587 (STARTTLS when offered) or smtps://host:465 (TLS from the start). */
  url: string;
  from: string;
  /** Refuse to send unless the connection is upgraded to TLS (STARTTLS). */
  requireTls?: boolean;
  /** Verify the relay's certificate (on unless an operator turns it off for a private relay). */
  rejectUnauthorized?: boolean;
  /** Connection, greeting and socket timeouts; short in tests so a dead relay is found quickly. */
  timeoutMs?: number;
}

export function createSmtpTransport(options: SmtpOptions): EmailTransport {
  const timeout = options.timeoutMs ?? 15_000;
  const transporter = nodemailer.createTransport({
    url: options.url,
    pool: true,
    maxConnections: 4,
    requireTLS: options.requireTls ?? false,
    tls: { rejectUnauthorized: options.rejectUnauthorized ?? true },
    connectionTimeout: timeout,
    greetingTimeout: timeout,
    socketTimeout: timeout * 2,
  });
  return {
    kind: 'smtp',
    async deliver(message) {
      const info = await transporter.sendMail({
        from: options.from,
        to: message.to,
        subject: message.subject,
        text: message.text,
        headers: { 'Content-Language': message.language },
      });
      return { messageId: info.messageId };
    },
    close: () => transporter.close(),
  };
}

/** Development only: nothing leaves the machine; the console lists the outbox instead. */
export function createCatcherTransport(): EmailTransport {
  return {
    kind: 'catcher',
    deliver: async () => ({ messageId: `<${randomUUID()}@dev-catcher.invalid>` }),
    close: () => undefined,
  };
}

export type DeliveryFailure = { permanent: boolean; reason: string };

/** What a failed delivery means: a 5xx SMTP answer is final, anything else may pass later. */
export function classifyFailure(error: unknown): DeliveryFailure {
  const details = (error ?? {}) as { responseCode?: unknown; code?: unknown; response?: unknown };
  const responseCode = typeof details.responseCode === 'number' ? details.responseCode : undefined;
  const code = typeof details.code === 'string' ? details.code : undefined;
  // The relay's own words (e.g. "550 5.1.1 mailbox unavailable"), without the message text.
  const reason = (
    typeof details.response === 'string'
      ? details.response
      : [code, error instanceof Error ? error.message : String(error)].filter(Boolean).join(': ')
  ).slice(0, 500);
  return { permanent: responseCode !== undefined && responseCode >= 500, reason };
}
