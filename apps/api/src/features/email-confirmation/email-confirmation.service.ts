// Confirming the address on file (docs/security.md, "Confirmed email addresses"): case mail and
// notices go only to a confirmed address (email/account-email.ts), and this is how one becomes
// confirmed. A 6-digit code is sent to the address; only its keyed hash is kept, bound to the
// account AND the address, so a code sent before the address changed proves nothing about the new
// one. A code lives policy.emailConfirmation.codeMinutes, dies after maxAttempts wrong tries (each
// counted in the statement that reads it) and is spent by use. Sending is limited (resendSeconds
// between codes, sendsPerDay a day) so the button cannot flood an inbox.
import { randomInt, timingSafeEqual } from 'node:crypto';
import type { EmailConfirmationSent, EmailConfirmed } from '@cos/contracts';
import type { PrismaClient } from '@cos/db';
import type { KeyedHasher, SecurityPolicy } from '@cos/security';
import { letterTo } from '../../email/account-email.ts';
import { emailTemplates } from '../../email/templates.ts';
import { appendAudit, type AuditContext } from '../../lib/audit.ts';
import { badRequest, DomainError, unauthenticated } from '../../lib/errors.ts';
import { createOutboxMailer } from '../../lib/mailer.ts';
import { uuid7 } from '../../lib/uuid7.ts';
import { maskEmail } from '../account/account.service.ts';

type Deps = AuditContext & { db: PrismaClient; policy: SecurityPolicy; keyedHash: KeyedHasher };

const DAY_MS = 24 * 60 * 60_000;

const codeHash = (keyedHash: KeyedHasher, accountId: string, email: string, code: string) =>
  keyedHash('email confirmation', `${accountId}:${email.toLowerCase()}:${code}`);

const tooMany = (message: string, retryAfterSeconds: number) =>
  new DomainError('RATE_LIMITED', 429, message, {
    headers: { 'retry-after': String(Math.max(1, Math.ceil(retryAfterSeconds))) },
  });

const codeField = (message: string) => badRequest(message, [{ field: 'code', message }]);

/** Sends a new code to the address on file (earlier codes stop working). */
export async function sendEmailConfirmation(deps: Deps, accountId: string): Promise<EmailConfirmationSent> {
  const { db, clock, policy, keyedHash } = deps;
  const limits = policy.emailConfirmation;
  return db.$transaction(async (tx) => {
    // The account row's lock orders two presses of the button, so the resend limits hold.
    await tx.$queryRaw`SELECT id FROM customer_accounts WHERE id = ${accountId}::uuid FOR UPDATE`;
    const account = await tx.customerAccount.findUnique({
      where: { id: accountId },
      select: { email: true, emailConfirmedAt: true, preferredLanguage: true },
    });
    if (!account) throw unauthenticated();
    if (!account.email) {
      throw badRequest('There is no email address on your account. Add one on Provide Info first.');
    }
    if (account.emailConfirmedAt) {
      throw new DomainError('CONFLICT', 409, 'Your email address is already confirmed.');
    }
    const now = clock.now();
    const recent = await tx.emailConfirmation.findMany({
      where: { accountId, createdAt: { gt: new Date(now.getTime() - DAY_MS) } },
      select: { createdAt: true },
      orderBy: { createdAt: 'desc' },
    });
    const last = recent[0];
    if (last && now.getTime() - last.createdAt.getTime() < limits.resendSeconds * 1000) {
      const wait = limits.resendSeconds - (now.getTime() - last.createdAt.getTime()) / 1000;
      throw tooMany('We just sent you a code. Wait a minute before asking for another.', wait);
    }
    const oldest = recent[limits.sendsPerDay - 1];
    if (oldest) {
      const wait = (oldest.createdAt.getTime() + DAY_MS - now.getTime()) / 1000;
      throw tooMany('You have asked for too many codes today. Try again tomorrow.', wait);
    }
    await tx.emailConfirmation.updateMany({
      where: { accountId, confirmedAt: null, expiresAt: { gt: now } },
      data: { expiresAt: now },
    });
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    const expiresAt = new Date(now.getTime() + limits.codeMinutes * 60_000);
    await tx.emailConfirmation.create({
      data: {
        id: uuid7(now),
        accountId,
        email: account.email,
        codeHash: codeHash(keyedHash, accountId, account.email, code),
        createdAt: now,
        expiresAt,
      },
    });
    const language = account.preferredLanguage === 'es' ? 'es' : 'en';
    await createOutboxMailer({ db: tx, clock }).send(
      letterTo({ to: account.email, language }, emailTemplates.confirmEmail(code, limits.codeMinutes)),
    );
    await appendAudit(tx, deps, {
      action: 'email_code_sent',
      accountId,
      details: { purpose: 'confirm_email' },
    });
    return { sentTo: maskEmail(account.email) ?? '', expiresAt: expiresAt.toISOString() };
  });
}

/** Confirms the address on file if `code` is the live code sent to it. */
export async function verifyEmailConfirmation(
  deps: Deps,
  accountId: string,
  code: string,
): Promise<EmailConfirmed> {
  const { db, clock, policy, keyedHash } = deps;
  const now = clock.now();
  const account = await db.customerAccount.findUnique({
    where: { id: accountId },
    select: { email: true, emailConfirmedAt: true },
  });
  if (!account) throw unauthenticated();
  if (account.email && account.emailConfirmedAt) return { emailConfirmed: true };
  const latest = await db.emailConfirmation.findFirst({
    where: { accountId, confirmedAt: null },
    orderBy: { createdAt: 'desc' },
    select: { id: true, email: true, expiresAt: true, attempts: true },
  });
  // A code sent to an earlier address is not a code for this one.
  if (!account.email || !latest || latest.email !== account.email) {
    throw codeField('There is no code waiting for this address. Ask for a new code.');
  }
  if (latest.expiresAt <= now) throw codeField('This code has expired. Ask for a new code.');
  const max = policy.emailConfirmation.maxAttempts;
  // The try is counted by the statement that reads the hash, so parallel guesses cannot pass max.
  const rows = await db.$queryRaw<Array<{ codeHash: string }>>`
    UPDATE email_confirmations SET attempts = attempts + 1
     WHERE id = ${latest.id}::uuid AND confirmed_at IS NULL AND attempts < ${max}
       AND expires_at > ${now}::timestamptz
    RETURNING code_hash AS "codeHash"`;
  const row = rows[0];
  if (!row) {
    await appendAudit(db, deps, { action: 'email_confirmed', outcome: 'denied', accountId });
    throw tooMany('Too many wrong codes. Ask for a new code.', policy.emailConfirmation.resendSeconds);
  }
  const given = Buffer.from(codeHash(keyedHash, accountId, latest.email, code.trim()));
  const stored = Buffer.from(row.codeHash);
  if (given.length !== stored.length || !timingSafeEqual(given, stored)) {
    await appendAudit(db, deps, { action: 'email_confirmed', outcome: 'failure', accountId });
    throw codeField('That code is not right. Check the email and try again.');
  }
  return db.$transaction(async (tx) => {
    const spent = await tx.emailConfirmation.updateMany({
      where: { id: latest.id, confirmedAt: null },
      data: { confirmedAt: now },
    });
    // The address must still be the one the code went to when it is marked confirmed.
    const confirmed = await tx.customerAccount.updateMany({
      where: { id: accountId, email: latest.email },
      data: { emailConfirmedAt: now },
    });
    if (spent.count !== 1 || confirmed.count !== 1) {
      throw codeField('There is no code waiting for this address. Ask for a new code.');
    }
    await appendAudit(tx, deps, { action: 'email_confirmed', accountId });
    return { emailConfirmed: true as const };
  });
}
