// Security answers compare case- and whitespace-insensitively (docs/product.md §3.4), so they are normalised
// the same way before hashing at registration and before verifying at recovery.
import { hashSecret, verifySecret } from './passwords.ts';
import type { SecurityPolicy } from './policy.ts';

/**
 * NFKC first so full-width letters and non-breaking spaces become their plain forms, then lower-case
 * (locale-independent), collapse every run of whitespace to one space and trim.
 */
export function normaliseAnswer(answer: string): string {
  return answer.normalize('NFKC').toLowerCase().replace(/\s+/gu, ' ').trim();
}

export function hashAnswer(answer: string, policy?: Pick<SecurityPolicy, 'argon2'>): Promise<string> {
  return hashSecret(normaliseAnswer(answer), policy);
}

export function verifyAnswer(hash: string, answer: string): Promise<boolean> {
  return verifySecret(hash, normaliseAnswer(answer));
}
