// A parent's sign-in factors in the console (docs/security.md): which ones the account has (never a
// secret), and removing one the parent reports lost, after the agent verified the caller. The
// removal and its audit event share a transaction (audited()); the parent is emailed in English and
// Spanish.
import type { StaffAccountFactors, StaffRemoveFactorRequest } from '@cos/contracts';
import { badRequest } from '../../../lib/errors.ts';
import type { Mailer } from '../../../lib/mailer.ts';
import { factorChangeMessage } from '../../../identity/factor-emails.ts';
import { factorsOf } from '../../../identity/second-factor.ts';
import { audited } from '../../../plugins/app/audited.ts';
import type { StaffDeps } from '../../../plugins/app/staff-deps.ts';
import { accountNotFound } from './account-view.service.ts';
import { accountRecipient, letterTo } from '../../../email/account-email.ts';

export async function accountFactors(deps: StaffDeps, accountId: string): Promise<StaffAccountFactors> {
  const { db } = deps;
  if (!(await db.customerAccount.findUnique({ where: { id: accountId }, select: { id: true } })))
    throw accountNotFound();
  const [factors, passkeys] = await Promise.all([
    factorsOf(db, accountId),
    db.customerPasskey.findMany({
      where: { accountId },
      orderBy: { createdAt: 'asc' },
      select: { id: true, name: true, createdAt: true, lastUsedAt: true },
    }),
  ]);
  return {
    passkeys: passkeys.map((p) => ({
      id: p.id,
      name: p.name,
      createdAt: p.createdAt.toISOString(),
      lastUsedAt: p.lastUsedAt?.toISOString() ?? null,
    })),
    totp: factors.totp,
    email: factors.email,
    recoveryCodesLeft: factors.recoveryCodesLeft,
  };
}

export async function removeFactor(
  deps: StaffDeps & {
    mailer: Mailer;
    log: { warn(details: Record<string, unknown>, message: string): void };
  },
  accountId: string,
  input: StaffRemoveFactorRequest,
): Promise<StaffAccountFactors> {
  const now = deps.clock.now();
  const removed = await audited(
    deps,
    async (tx) => {
      const account = await tx.customerAccount.findUnique({
        where: { id: accountId },
        select: { email: true },
      });
      if (!account) throw accountNotFound();
      if (input.factor === 'passkey') {
        const deleted = await tx.customerPasskey.deleteMany({
          where: { id: input.passkeyId ?? '', accountId },
        });
        if (deleted.count !== 1)
          throw badRequest('Choose the passkey.', [{ field: 'passkeyId', message: 'Choose the passkey.' }]);
      } else {
        await tx.customerAccount.update({
          where: { id: accountId },
          data:
            input.factor === 'totp'
              ? { totpEnrolledAt: null, totpSecretCiphertext: null, lastTotpStep: null, updatedAt: now }
              : { emailFactorEnabledAt: null, updatedAt: now },
        });
      }
      return { recipient: await accountRecipient(tx, accountId, { confirmed: true }) };
    },
    () => ({
      action: 'staff_factor_removed',
      accountId,
      subject: { type: 'customer_account', id: accountId },
      details: {
        factor: input.factor,
        ...(input.passkeyId ? { passkeyId: input.passkeyId } : {}),
        callerVerified: true,
        reason: input.reason,
      },
    }),
  );
  if (removed.recipient) {
    await deps.mailer
      .send(letterTo(removed.recipient, factorChangeMessage('removed_by_staff')))
      .catch((error: unknown) => {
        deps.log.warn(
          { accountId, error: error instanceof Error ? error.name : 'unknown' },
          'factor email not sent',
        );
      });
  }
  return accountFactors(deps, accountId);
}
