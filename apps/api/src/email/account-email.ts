// Email to a parent's account: to the address on file only once it is confirmed (a code proved the
// parent reads it), in the parent's preferred language. Written to the outbox in the caller's
// transaction when one is passed, so the email exists exactly when what it reports was committed.
import type { Prisma } from '@cos/db';
import type { Clock } from '../lib/clock.ts';
import { createOutboxMailer } from '../lib/mailer.ts';
import { render, type Localized } from './templates.ts';

/** Queues the email; answers false (nothing queued) when the account has no confirmed address. */
export async function emailAccount(
  deps: { db: Prisma.TransactionClient; clock: Clock },
  accountId: string,
  template: Localized,
): Promise<boolean> {
  const account = await deps.db.customerAccount.findUnique({
    where: { id: accountId },
    select: { email: true, emailConfirmedAt: true, preferredLanguage: true },
  });
  if (!account?.email || !account.emailConfirmedAt) return false;
  await createOutboxMailer(deps).send({ to: account.email, ...render(template, account.preferredLanguage) });
  return true;
}
