// TOTP (RFC 6238) through otplib: 6 digits, 30-second steps, SHA-1 (what authenticator apps
// expect), one step of tolerance either side for clock drift. The time is the injected clock's.
// Verification answers the time step the code belongs to; the caller refuses any step not after
// the last one used (last_totp_step on staff_users and customer_accounts), which makes every code
// single-use. Shared by the console's staff sign-in and the parents' second factor.
import { createGuardrails, generateSecret, generateURI, verifySync } from 'otplib';

const PERIOD_SECONDS = 30;

// New secrets are 160 bits (RFC 4226's recommendation). The demo secrets are 80 bits, below
// otplib's default floor of 128, so verification accepts secrets from 10 bytes.
const guardrails = createGuardrails({ MIN_SECRET_BYTES: 10 });

/** The time step a valid code belongs to (now − 1, now or now + 1), or null for a wrong code. */
export function totpStep(secret: string, code: string, now: Date): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  try {
    const result = verifySync({
      secret,
      token: code,
      epoch: Math.floor(now.getTime() / 1000),
      epochTolerance: PERIOD_SECONDS,
      period: PERIOD_SECONDS,
      guardrails,
    });
    // otplib's result type covers HOTP too; a TOTP verification names its time step.
    return result.valid && 'timeStep' in result ? result.timeStep : null;
  } catch {
    return null; // a malformed stored secret lets nobody in
  }
}

export function newTotpSecret(): string {
  return generateSecret({ length: 20 });
}

export function totpUri(issuer: string, label: string, secret: string): string {
  return generateURI({ issuer, label, secret, period: PERIOD_SECONDS });
}
