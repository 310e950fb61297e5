// The transport the configuration asks for: SMTP when SMTP_URL is set, the development catcher
// otherwise (env.ts refuses a production start without SMTP_URL).
import type { Env } from '../env.ts';
import { createCatcherTransport, createSmtpTransport, type EmailTransport } from './transport.ts';

export function transportFromEnv(env: Env): EmailTransport {
  if (!env.SMTP_URL) return createCatcherTransport();
  return createSmtpTransport({
    url: env.SMTP_URL,
    from: env.MAIL_FROM,
    requireTls: env.SMTP_REQUIRE_TLS,
    rejectUnauthorized: env.SMTP_TLS_REJECT_UNAUTHORIZED,
  });
}
