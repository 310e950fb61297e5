// The signed-in customer's own profile, as the header and the Security page show it. The email is
// masked (c•••@example.com): enough to recognise, not enough to harvest.
import type { MeResponse, PreferredLanguageBody } from '@cos/contracts';
import type { Prisma } from '@cos/db';
import { appendAudit } from '../../lib/audit.ts';
import type { ServiceDeps } from '../../lib/service-deps.ts';

export function maskEmail(email: string | null): string | null {
  if (!email) return null;
  const at = email.lastIndexOf('@');
  if (at < 1) return '•••';
  return `${email.slice(0, 1)}•••${email.slice(at)}`;
}

export async function getProfile(
  deps: { db: Prisma.TransactionClient },
  accountId: string,
): Promise<MeResponse> {
  const account = await deps.db.customerAccount.findUniqueOrThrow({
    where: { id: accountId },
    select: {
      userId: true,
      email: true,
      previousSignInAt: true,
      mustChangePassword: true,
      preferredLanguage: true,
      person: { select: { firstName: true, lastName: true } },
    },
  });
  return {
    userId: account.userId,
    firstName: account.person.firstName,
    lastName: account.person.lastName,
    email: maskEmail(account.email),
    previousSignInAt: account.previousSignInAt?.toISOString() ?? null,
    mustChangePassword: account.mustChangePassword,
    preferredLanguage: account.preferredLanguage === 'es' ? 'es' : 'en',
  };
}

/**
 * The parent's language, set by the portal's language switch while signed in and on the
 * Notifications page: the portal opens in it at the next sign-in and every email is written in it.
 */
export async function setPreferredLanguage(
  deps: Pick<ServiceDeps, 'db' | 'clock' | 'context'>,
  accountId: string,
  { language }: PreferredLanguageBody,
): Promise<MeResponse> {
  await deps.db.$transaction(async (tx) => {
    const before = await tx.customerAccount.findUniqueOrThrow({
      where: { id: accountId },
      select: { preferredLanguage: true },
    });
    if (before.preferredLanguage === language) return;
    await tx.customerAccount.update({
      where: { id: accountId },
      data: { preferredLanguage: language, updatedAt: deps.clock.now() },
    });
    await appendAudit(tx, deps, {
      action: 'preferred_language_changed',
      accountId,
      details: { from: before.preferredLanguage, to: language },
    });
  });
  return getProfile(deps, accountId);
}
