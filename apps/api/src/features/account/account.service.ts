// The signed-in customer's own profile, as the header and the Security page show it. The email is
// masked (c•••@example.com): enough to recognise, not enough to harvest.
import type { MeResponse } from '@cos/contracts';
import type { Prisma } from '@cos/db';

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
  };
}
