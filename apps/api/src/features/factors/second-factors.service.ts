// Turning a parent's second factor on and off (docs/security.md). An authenticator app follows the
// console's enrolment pattern: a new secret, sealed, not in force until a code from the app proves
// it was scanned (that code's step then counts as used). Email codes are turned on by a code sent
// to the address on file. Both start only after the current password. The first factor turned on
// gives 10 recovery codes, shown once; turning a factor off takes the password or a passkey.
import type { RecoveryCodes, StepUp, TotpSetup } from '@cos/contracts';
import type { FieldCipher } from '@cos/security';
import QRCode from 'qrcode';
import { appendAudit } from '../../lib/audit.ts';
import { badRequest } from '../../lib/errors.ts';
import { emailCodeMessage } from '../../identity/factor-emails.ts';
import {
  factorsOf,
  hasSecondFactor,
  issueEmailCode,
  issueRecoveryCodes,
  spendEmailCode,
} from '../../identity/second-factor.ts';
import { confirmStepUp } from '../../identity/step-up.ts';
import { newTotpSecret, totpStep, totpUri } from '../../identity/totp.ts';
import { notifyFactorChange, type FactorDeps } from './passkeys.service.ts';
import { letterTo } from '../../email/account-email.ts';

export interface SecondFactorSetupDeps extends FactorDeps {
  factorCipher: FieldCipher;
}

const TOTP_ISSUER = 'Child Support Services';

const wrongCode = (message = 'That code is not right. Enter the newest code.') =>
  badRequest(message, [{ field: 'code', message }]);

export async function startTotp(
  deps: SecondFactorSetupDeps,
  accountId: string,
  proof: StepUp,
): Promise<TotpSetup> {
  const { db, clock, factorCipher } = deps;
  const account = await db.customerAccount.findUniqueOrThrow({
    where: { id: accountId },
    select: { userId: true, totpEnrolledAt: true },
  });
  if (account.totpEnrolledAt)
    throw badRequest('Your authenticator app is already set up.', [
      {
        field: 'code',
        message: 'Your authenticator app is already set up. Turn it off first to replace it.',
      },
    ]);
  await confirmStepUp(deps, accountId, proof, 'totp_setup');
  const secret = newTotpSecret();
  await db.customerAccount.update({
    where: { id: accountId },
    data: {
      totpSecretCiphertext: new Uint8Array(factorCipher.encrypt(secret)),
      lastTotpStep: null,
      updatedAt: clock.now(),
    },
  });
  const otpauthUrl = totpUri(TOTP_ISSUER, account.userId, secret);
  return {
    secret,
    otpauthUrl,
    qrCodeDataUrl: await QRCode.toDataURL(otpauthUrl, { errorCorrectionLevel: 'M', margin: 2, width: 240 }),
  };
}

export async function confirmTotp(
  deps: SecondFactorSetupDeps,
  accountId: string,
  code: string,
): Promise<RecoveryCodes> {
  const { db, clock, factorCipher } = deps;
  const account = await db.customerAccount.findUniqueOrThrow({
    where: { id: accountId },
    select: { totpSecretCiphertext: true, totpEnrolledAt: true },
  });
  if (account.totpEnrolledAt || !account.totpSecretCiphertext)
    throw wrongCode('Start again: scan the QR code first.');
  const now = clock.now();
  const step = totpStep(factorCipher.decrypt(account.totpSecretCiphertext), code, now);
  if (step === null)
    throw wrongCode(
      'That code is not right. Check that the time on your phone is correct and enter the newest code.',
    );
  const first = !hasSecondFactor(await factorsOf(db, accountId));
  const enrolled = await db.customerAccount.updateMany({
    where: { id: accountId, totpEnrolledAt: null },
    data: { totpEnrolledAt: now, lastTotpStep: step, updatedAt: now },
  });
  if (enrolled.count !== 1) throw wrongCode('Start again: scan the QR code first.');
  await appendAudit(db, deps, { action: 'second_factor_enabled', accountId, details: { method: 'totp' } });
  await notifyFactorChange(deps, accountId, 'totp_on');
  return { recoveryCodes: first ? await newRecoveryCodes(deps, accountId) : [] };
}

export async function startEmailFactor(deps: SecondFactorSetupDeps, accountId: string, proof: StepUp) {
  const { db } = deps;
  const account = await db.customerAccount.findUniqueOrThrow({
    where: { id: accountId },
    select: { email: true, preferredLanguage: true },
  });
  if (!account.email)
    throw badRequest('Add an email address first.', [
      { field: 'email', message: 'Add an email address on Provide Info first.' },
    ]);
  await confirmStepUp(deps, accountId, proof, 'email_factor_setup');
  const { code } = await issueEmailCode(deps, accountId, 'enrol');
  await deps.mailer.send(
    letterTo(
      { to: account.email, language: account.preferredLanguage === 'es' ? 'es' : 'en' },
      emailCodeMessage(code, 'enrol', deps.policy),
    ),
  );
  await appendAudit(db, deps, { action: 'email_code_sent', accountId, details: { purpose: 'enrol' } });
}

export async function confirmEmailFactor(
  deps: SecondFactorSetupDeps,
  accountId: string,
  code: string,
): Promise<RecoveryCodes> {
  const { db, clock } = deps;
  const result = await spendEmailCode(deps, accountId, 'enrol', code);
  if (result !== 'ok')
    throw wrongCode(
      result === 'expired'
        ? 'That code has expired. Ask for a new one.'
        : 'That code is not right. Check the email.',
    );
  const first = !hasSecondFactor(await factorsOf(db, accountId));
  await db.customerAccount.update({
    where: { id: accountId },
    data: { emailFactorEnabledAt: clock.now(), updatedAt: clock.now() },
  });
  await appendAudit(db, deps, { action: 'second_factor_enabled', accountId, details: { method: 'email' } });
  await notifyFactorChange(deps, accountId, 'email_on');
  return { recoveryCodes: first ? await newRecoveryCodes(deps, accountId) : [] };
}

export async function turnOffFactor(
  deps: SecondFactorSetupDeps,
  accountId: string,
  method: 'totp' | 'email',
  proof: StepUp,
): Promise<void> {
  const { db, clock } = deps;
  await confirmStepUp(deps, accountId, proof, `${method}_off`);
  await db.customerAccount.update({
    where: { id: accountId },
    data:
      method === 'totp'
        ? { totpEnrolledAt: null, totpSecretCiphertext: null, lastTotpStep: null, updatedAt: clock.now() }
        : { emailFactorEnabledAt: null, updatedAt: clock.now() },
  });
  await appendAudit(db, deps, { action: 'second_factor_disabled', accountId, details: { method } });
  await notifyFactorChange(deps, accountId, method === 'totp' ? 'totp_off' : 'email_off');
}

export async function replaceRecoveryCodes(
  deps: SecondFactorSetupDeps,
  accountId: string,
  proof: StepUp,
): Promise<RecoveryCodes> {
  if (!hasSecondFactor(await factorsOf(deps.db, accountId)))
    throw badRequest('Turn on a second factor first.', [
      { field: 'code', message: 'Turn on a second factor first.' },
    ]);
  await confirmStepUp(deps, accountId, proof, 'recovery_codes');
  return { recoveryCodes: await newRecoveryCodes(deps, accountId) };
}

async function newRecoveryCodes(deps: SecondFactorSetupDeps, accountId: string): Promise<string[]> {
  const codes = await issueRecoveryCodes(deps, accountId);
  await appendAudit(deps.db, deps, {
    action: 'recovery_codes_issued',
    accountId,
    details: { count: codes.length },
  });
  return codes;
}
