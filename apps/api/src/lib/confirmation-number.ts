// Confirmation numbers people read out on the phone: a prefix and 10 characters of Crockford
// base32 (no I, L, O, U, so nothing is misread), 50 bits from the CSPRNG — not guessable, and a
// status lookup also needs the date of birth. Randomness is injected so tests can force a collision.
import { randomBytes } from 'node:crypto';
import { isUniqueViolation } from './unique-violation.ts';

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const LENGTH = 10;

export type RandomBytes = (size: number) => Uint8Array;

export function confirmationNumber(prefix: string, random: RandomBytes = randomBytes): string {
  const bytes = random(LENGTH);
  let out = '';
  // 32 divides 256, so taking each byte mod 32 keeps every character equally likely.
  for (const byte of bytes) out += CROCKFORD[byte % 32];
  return `${prefix}-${out}`;
}

/**
 * Runs `insert` with fresh numbers until one is not taken (a unique constraint guards the column);
 * a collision at 50 bits is next to impossible, so a few tries are plenty.
 */
export async function withUniqueConfirmationNumber<T>(
  prefix: string,
  insert: (number: string) => Promise<T>,
  random?: RandomBytes,
): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await insert(confirmationNumber(prefix, random));
    } catch (error) {
      if (attempt >= 5 || !isUniqueViolation(error)) throw error;
    }
  }
}
