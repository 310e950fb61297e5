// The answers of the recovery routes that are not a success. Each is the same for a real account
// and for an identity with no account, so none of them tells a stranger whether one exists.
import { DomainError } from '../../lib/errors.ts';

const CONTACT_CENTER = 'the Customer Communication Center at 1-877-423-4746';

export const recoveryNotVerified = () =>
  new DomainError(
    'RECOVERY_NOT_VERIFIED',
    422,
    'We could not verify your answers. Check them and try again.',
  );

export const recoveryLocked = () =>
  new DomainError(
    'RECOVERY_LOCKED',
    403,
    `Online recovery is paused for 24 hours because the answers did not match too many times. You can still sign in if you know your password. For help now, call ${CONTACT_CENTER}.`,
  );

export const recoveryBlocked = () =>
  new DomainError(
    'RECOVERY_BLOCKED',
    403,
    `Recovery was started too many times with this Social Security number today. Try again tomorrow, or call ${CONTACT_CENTER}.`,
  );

export const recoveryExpired = () =>
  new DomainError('UNAUTHENTICATED', 401, 'The time to answer ran out. Please start again.');

/**
 * The answers were right but the account has a passkey or a second factor: the questions alone do
 * not recover it (docs/security.md). Only reachable with the right answers, so it tells nothing to
 * someone who does not know them.
 */
export const secondFactorRequired = () =>
  new DomainError(
    'SECOND_FACTOR_REQUIRED',
    403,
    'Your account has extra protection. Enter a recovery code, a code from your authenticator app, or a code we email you, with your answers. If you have a passkey, you can sign in with it instead.',
  );
