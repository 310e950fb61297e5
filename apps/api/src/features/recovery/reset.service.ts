// Recovery step 3 (docs/product.md §3.4), once the answers were right: the User ID (shown once) and/or a
// temporary password. A temporary password replaces the old one at once (which stops working),
// is stored only as an argon2id hash, expires in 24 hours, works for one sign-in, and that sign-in
// can only change the password; every session of the account ends. Either way the account gets a
// notification (in the parent's language), and an email when a confirmed address is on file. The temporary password itself is in the HTTP
// answer only: never in the notification, the email, the audit trail or a log line.
import { randomBytes } from 'node:crypto';
import type { RecoveryAnswerResponse, RecoveryChoice } from '@cos/contracts';
import type { PrismaClient } from '@cos/db';
import type { SecurityPolicy } from '@cos/security';
import { appendAudit } from '../../lib/audit.ts';
import type { Clock } from '../../lib/clock.ts';
import { accountRecipient, emailAccount, letterTo } from '../../email/account-email.ts';
import type { EmailLanguage, Mailer } from '../../lib/mailer.ts';
import type { Passwords } from '../../identity/passwords.ts';
import type { RequestContext } from '../../lib/request-context.ts';
import { canonicalTemporaryPassword, generateTemporaryPassword } from '../../identity/temporary-password.ts';
import { revokeSessions } from '../../identity/sessions.ts';
import { factorChangeMessage } from '../../identity/factor-emails.ts';
import { settleSuccess } from './recovery-attempts.ts';

/** Where a failed email goes (the request's logger); never given the message's content. */
export type Log = { warn(details: Record<string, unknown>, message: string): void };

export interface ResetDeps {
  db: PrismaClient;
  clock: Clock;
  policy: SecurityPolicy;
  passwords: Passwords;
  context: RequestContext;
  mailer: Mailer;
  log: Log;
}

const HOUR = 3_600_000;
const CONTACT_CENTER = 'the Customer Communication Center at 1-877-423-4746';

export async function completeRecovery(
  deps: ResetDeps,
  input: {
    account: { id: string; userId: string; email: string | null };
    attemptId: string;
    tokenKey: string;
    recover: RecoveryChoice;
    /** Turn the authenticator app off (lost), proven by a recovery code or the email. */
    removeTotp?: boolean;
    /** The factor proven beside the answers, for the audit trail. */
    proof?: string | null;
  },
): Promise<RecoveryAnswerResponse> {
  const { db, clock, policy, passwords } = deps;
  const { account, recover } = input;
  const wantsUserId = recover !== 'password';
  const issued = recover === 'userId' ? null : await issueTemporaryPassword(passwords, policy, clock.now());
  const { preferredLanguage } = await db.customerAccount.findUniqueOrThrow({
    where: { id: account.id },
    select: { preferredLanguage: true },
  });
  const language: EmailLanguage = preferredLanguage === 'es' ? 'es' : 'en';
  const notice = noticeFor(recover, clock.now(), language);

  await db.$transaction(async (tx) => {
    const txDeps = { ...deps, db: tx };
    const now = clock.now();
    await settleSuccess(txDeps, { attemptId: input.attemptId, tokenKey: input.tokenKey });
    if (issued) {
      await tx.customerAccount.update({
        where: { id: account.id },
        data: {
          // The old password is replaced by a hash of a secret nobody knows.
          passwordHash: issued.retiredPasswordHash,
          tempPasswordHash: issued.hash,
          tempPasswordExpiresAt: issued.expiresAt,
          tempPasswordUsedAt: null,
          mustChangePassword: true,
          // A sign-in lock guarded the old password; the temporary one must be usable at once.
          failedSignInCount: 0,
          failedWindowStartedAt: null,
          lockedUntil: null,
          updatedAt: now,
        },
      });
      await revokeSessions(txDeps, { accountId: account.id, reason: 'password_reset' });
      await appendAudit(tx, deps, {
        action: 'temporary_password_issued',
        accountId: account.id,
        details: { expiresAt: issued.expiresAt.toISOString() },
      });
    }
    if (input.removeTotp) {
      await tx.customerAccount.update({
        where: { id: account.id },
        data: { totpEnrolledAt: null, totpSecretCiphertext: null, lastTotpStep: null, updatedAt: now },
      });
      await appendAudit(tx, deps, {
        action: 'factor_removed_by_recovery',
        accountId: account.id,
        details: { factor: 'totp', proof: input.proof ?? null },
      });
    }
    if (wantsUserId) await appendAudit(tx, deps, { action: 'user_id_recovered', accountId: account.id });
    await appendAudit(tx, deps, {
      action: 'recovery_answer',
      accountId: account.id,
      details: { recover, ...(input.proof ? { proof: input.proof } : {}) },
    });
    await tx.notification.create({
      data: {
        accountId: account.id,
        kind: notice.kind,
        subject: notice.subject,
        body: notice.body,
        createdAt: now,
      },
    });
    // In the same transaction: the email exists exactly when the recovery happened, and the outbox
    // sender delivers it (retrying while the relay is down). Only to a confirmed address.
    const both = { en: noticeFor(recover, now, 'en'), es: noticeFor(recover, now, 'es') };
    await emailAccount({ db: tx, clock }, account.id, both);
  });

  if (input.removeTotp) {
    // The factor change is told by email too (docs/security.md); a mail failure never undoes it.
    const recipient = await accountRecipient(deps.db, account.id, { confirmed: true });
    if (recipient)
      await deps.mailer
        .send(letterTo(recipient, factorChangeMessage('removed_by_recovery')))
        .catch(() => undefined);
  }
  return {
    ...(wantsUserId ? { userId: account.userId } : {}),
    ...(issued
      ? { temporaryPassword: issued.temporaryPassword, expiresAt: issued.expiresAt.toISOString() }
      : {}),
  };
}

async function issueTemporaryPassword(passwords: Passwords, policy: SecurityPolicy, now: Date) {
  const temporaryPassword = generateTemporaryPassword(policy.temporaryPassword.entropyBits);
  const [hash, retiredPasswordHash] = await Promise.all([
    passwords.hash(canonicalTemporaryPassword(temporaryPassword)),
    passwords.hash(randomBytes(32).toString('base64url')),
  ]);
  return {
    temporaryPassword,
    hash,
    retiredPasswordHash,
    expiresAt: new Date(now.getTime() + policy.temporaryPassword.expiryHours * HOUR),
  };
}

// "November 2, 2026 at 10:00 AM EST": the agency's zone, as every time the parent reads.
const agencyTime = new Intl.DateTimeFormat('en-US', {
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
  timeZone: 'America/New_York',
  timeZoneName: 'short',
});

const agencyTimeEs = new Intl.DateTimeFormat('es-US', {
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
  timeZone: 'America/New_York',
  timeZoneName: 'short',
});

function noticeFor(
  recover: RecoveryChoice,
  now: Date,
  language: EmailLanguage,
): { kind: string; subject: string; body: string } {
  const kind = recover === 'userId' ? 'user_id_recovered' : 'password_reset';
  if (language === 'es') {
    const when = agencyTimeEs.format(now);
    const notYou = `Si no fue usted, llame de inmediato al Centro de Comunicación con el Cliente al 1-877-423-4746.`;
    if (recover === 'userId') {
      return {
        kind,
        subject: 'Se consultó su ID de usuario',
        body: `El ${when}, se respondieron las preguntas de seguridad de su cuenta de Servicios en Línea y su ID de usuario se mostró en pantalla. Su contraseña no cambió. ${notYou}`,
      };
    }
    const userIdToo = recover === 'both' ? ' También se mostró su ID de usuario en pantalla.' : '';
    return {
      kind,
      subject: 'Se emitió una contraseña temporal para su cuenta',
      body: `El ${when}, se respondieron las preguntas de seguridad de su cuenta de Servicios en Línea y se emitió una contraseña temporal.${userIdToo} Su contraseña anterior ya no funciona y se cerró la sesión en todos los dispositivos. ${notYou}`,
    };
  }
  const when = agencyTime.format(now);
  const notYou = `If you did not do this, call ${CONTACT_CENTER} right away.`;
  if (recover === 'userId') {
    return {
      kind,
      subject: 'Your User ID was looked up',
      body: `On ${when}, the security questions of your Customer Online Services account were answered and your User ID was shown on screen. Your password has not changed. ${notYou}`,
    };
  }
  const userIdToo = recover === 'both' ? ' Your User ID was also shown on screen.' : '';
  return {
    kind,
    subject: 'A temporary password was issued for your account',
    body: `On ${when}, the security questions of your Customer Online Services account were answered and a temporary password was issued.${userIdToo} Your old password no longer works and every device that was signed in has been signed out. ${notYou}`,
  };
}
