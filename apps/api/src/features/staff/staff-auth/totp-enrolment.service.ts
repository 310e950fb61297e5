// TOTP enrolment for a staff user who has none (new, or reset by an admin). From the enrolment-only
// session: `enroll` makes a new secret, stores it encrypted (not yet in force) and shows it once,
// with its QR code; `confirm` checks a code from the app against it, puts it in force (the code's
// step counts as used), ends the enrolment session and starts a full one. While the password is
// still the temporary one an admin set, both are refused (403 PASSWORD_CHANGE_REQUIRED): the order
// is password first, then authenticator, so no full session ever rests on a password an admin knows.
import type { TotpEnrolment } from '@cos/contracts';
import type { PrismaClient } from '@cos/db';
import type { FieldCipher } from '@cos/security';
import QRCode from 'qrcode';
import { appendAudit } from '../../../lib/audit.ts';
import { badRequest, DomainError, passwordChangeRequired } from '../../../lib/errors.ts';
import { revokeFamilies, startFamily, staffOwner, type SessionDeps } from '../../../identity/sessions.ts';
import type { StaffIssuedSession } from './staff-sign-in.service.ts';
import { newTotpSecret, totpStep, totpUri } from './totp.ts';

export interface EnrolmentDeps extends SessionDeps<PrismaClient> {
  totpCipher: FieldCipher;
}

const alreadyEnrolled = () =>
  new DomainError('CONFLICT', 409, 'Your authenticator app is already set up. Sign in again.');

export async function startTotpEnrolment(deps: EnrolmentDeps, staffUserId: string): Promise<TotpEnrolment> {
  const { db, clock, totpCipher } = deps;
  const secret = newTotpSecret();
  const user = await db.staffUser.findUniqueOrThrow({
    where: { id: staffUserId },
    select: { username: true, mustChangePassword: true },
  });
  if (user.mustChangePassword) throw passwordChangeRequired();
  const updated = await db.staffUser.updateMany({
    where: { id: staffUserId, totpEnrolledAt: null, mustChangePassword: false },
    data: {
      totpSecretCiphertext: new Uint8Array(totpCipher.encrypt(secret)),
      lastTotpStep: null,
      updatedAt: clock.now(),
    },
  });
  if (updated.count !== 1) throw alreadyEnrolled();
  const who = {
    actor: { type: 'staff' as const, id: staffUserId },
    subject: { type: 'staff_user', id: staffUserId },
  };
  await appendAudit(db, deps, { action: 'staff_totp_enrolment_started', ...who });
  const otpauthUrl = totpUri(user.username, secret);
  return {
    secret,
    otpauthUrl,
    qrCodeDataUrl: await QRCode.toDataURL(otpauthUrl, { errorCorrectionLevel: 'M', margin: 2, width: 240 }),
  };
}

export async function confirmTotpEnrolment(
  deps: EnrolmentDeps,
  session: { staffUserId: string; familyId: string },
  code: string,
): Promise<StaffIssuedSession> {
  const { db, clock, totpCipher } = deps;
  const user = await db.staffUser.findUniqueOrThrow({
    where: { id: session.staffUserId },
    select: {
      role: true,
      displayName: true,
      totpSecretCiphertext: true,
      totpEnrolledAt: true,
      mustChangePassword: true,
    },
  });
  if (user.totpEnrolledAt) throw alreadyEnrolled();
  if (user.mustChangePassword) throw passwordChangeRequired();
  if (!user.totpSecretCiphertext)
    throw badRequest('Start by scanning the QR code.', [
      { field: 'totp', message: 'Set up your authenticator app first.' },
    ]);
  const now = clock.now();
  const step = totpStep(totpCipher.decrypt(user.totpSecretCiphertext), code, now);
  if (step === null) {
    throw badRequest('That code is not right.', [
      {
        field: 'totp',
        message:
          'That code is not right. Check that the time on your phone is correct and enter the newest code.',
      },
    ]);
  }
  return db.$transaction(async (tx) => {
    const txDeps = { ...deps, db: tx };
    const enrolled = await tx.staffUser.updateMany({
      where: { id: session.staffUserId, totpEnrolledAt: null, mustChangePassword: false },
      data: { totpEnrolledAt: now, lastTotpStep: step, updatedAt: now },
    });
    if (enrolled.count !== 1) throw alreadyEnrolled();
    const owner = staffOwner(session.staffUserId);
    await revokeFamilies(
      txDeps,
      { owner, familyId: session.familyId, reason: 'totp_enrolled' },
      { audit: false },
    );
    const family = await startFamily(txDeps, { owner, restricted: false });
    await appendAudit(tx, deps, {
      action: 'staff_totp_enrolled',
      actor: { type: 'staff', id: session.staffUserId },
      subject: { type: 'staff_user', id: session.staffUserId },
      details: { familyId: family.familyId },
    });
    return {
      staffUserId: session.staffUserId,
      ...family,
      role: user.role,
      displayName: user.displayName,
      scope: 'full' as const,
      mustChangePassword: false,
    };
  });
}
