// Recovery for a parent with a second factor (docs/security.md): a one-time code emailed to the
// address on file, given beside the security answers. The answer is the same for a decoy's token,
// an account without an email and a real one, so it tells nothing about who has an account.
import type { PrismaClient } from '@cos/db';
import type { KeyedHasher, SecurityPolicy } from '@cos/security';
import { appendAudit } from '../../lib/audit.ts';
import type { Clock } from '../../lib/clock.ts';
import type { Mailer } from '../../lib/mailer.ts';
import type { RequestContext } from '../../lib/request-context.ts';
import { emailCodeMessage } from '../../identity/factor-emails.ts';
import { issueEmailCode } from '../../identity/second-factor.ts';
import { recoveryExpired } from './recovery-errors.ts';
import type { RecoveryTokens } from './recovery-token.ts';
import { letterTo } from '../../email/account-email.ts';

export interface RecoveryEmailDeps {
  db: PrismaClient;
  clock: Clock;
  policy: SecurityPolicy;
  keyedHash: KeyedHasher;
  context: RequestContext;
  recoveryTokens: RecoveryTokens;
  mailer: Mailer;
}

export async function sendRecoveryEmailCode(
  deps: RecoveryEmailDeps,
  input: { recoveryToken: string },
): Promise<void> {
  const token = deps.recoveryTokens.read(input.recoveryToken);
  if (!token) throw recoveryExpired();
  if (!token.accountId) return;
  const account = await deps.db.customerAccount.findUnique({
    where: { id: token.accountId },
    select: { email: true, status: true, preferredLanguage: true },
  });
  if (!account?.email || account.status !== 'active') return;
  const { code } = await issueEmailCode(deps, token.accountId, 'recovery');
  await deps.mailer.send(
    letterTo(
      { to: account.email, language: account.preferredLanguage === 'es' ? 'es' : 'en' },
      emailCodeMessage(code, 'recovery', deps.policy),
    ),
  );
  await appendAudit(deps.db, deps, {
    action: 'email_code_sent',
    accountId: token.accountId,
    details: { purpose: 'recovery' },
  });
}
