// Email to a parent's account: to the address on file only once it is confirmed (a code proved the
// parent reads it), in the parent's preferred language. Written to the outbox in the caller's
// transaction when one is passed, so the email exists exactly when what it reports was committed.
import type { Prisma } from '@cos/db';
import type { Clock } from '../lib/clock.ts';
import { createOutboxMailer, type EmailLanguage, type EmailMessage, type Mailer } from '../lib/mailer.ts';
import { render, type Localized } from './templates.ts';

export type Recipient = { to: string; language: EmailLanguage };

/**
 * Where and in which language an account is written to. Case mail and notices need a confirmed
 * address (`confirmed: true`); a sign-in or recovery code goes to the address on file, which the
 * code itself proves.
 */
export async function accountRecipient(
  db: Prisma.TransactionClient,
  accountId: string,
  { confirmed }: { confirmed: boolean },
): Promise<Recipient | null> {
  const account = await db.customerAccount.findUnique({
    where: { id: accountId },
    select: { email: true, emailConfirmedAt: true, preferredLanguage: true },
  });
  if (!account?.email || (confirmed && !account.emailConfirmedAt)) return null;
  return { to: account.email, language: account.preferredLanguage === 'es' ? 'es' : 'en' };
}

/** The template in the recipient's language, addressed to them. */
export function letterTo(recipient: Recipient, template: Localized): EmailMessage {
  return { to: recipient.to, ...render(template, recipient.language) };
}

/** Queues the email; answers false (nothing queued) when the account has no confirmed address. */
export async function emailAccount(
  deps: { db: Prisma.TransactionClient; clock: Clock; mailer?: Mailer },
  accountId: string,
  template: Localized,
): Promise<boolean> {
  const recipient = await accountRecipient(deps.db, accountId, { confirmed: true });
  if (!recipient) return false;
  await (deps.mailer ?? createOutboxMailer(deps)).send(letterTo(recipient, template));
  return true;
}
