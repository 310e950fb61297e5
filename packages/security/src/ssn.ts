// SSNs are kept three ways and never in clear (docs/product.md §5): AES-256-GCM ciphertext (for the rare
// audited reveal), a keyed HMAC for exact lookup (a plain hash of 10^9 values is brute-forced in
// seconds; a keyed one is not without the key), and the last 4 digits for masked display.
import { createHmac } from 'node:crypto';
import { assertKey, createFieldCipher } from './field-cipher.ts';

export interface SsnCipher {
  /** Encrypts the normalised 9 digits; throws on an invalid SSN. */
  encrypt(ssn: string): Buffer;
  /** The normalised 9 digits; throws when the ciphertext was altered or made with another key. */
  decrypt(sealed: Uint8Array): string;
  /** Hex HMAC-SHA256 of the normalised 9 digits: equal for 123-45-6789 and 123456789. */
  lookupHash(ssn: string): string;
  last4(ssn: string): string;
}

export class InvalidSsnError extends Error {
  override name = 'InvalidSsnError';
  constructor() {
    // Never echo the value: it may be a real SSN and error messages end up in logs.
    super('Not a valid Social Security number');
  }
}

// Numbers SSA never issues or that were publicly misused and voided.
const VOIDED = new Set(['078051120', '219099999']);

/**
 * The 9 digits of a valid SSN written `123-45-6789` or `123456789` (surrounding spaces ignored), or
 * null. SSA rules: area not 000, 666 or 900–999; group not 00; serial not 0000.
 */
export function normaliseSsn(input: string): string | null {
  const trimmed = input.trim();
  // Both separators or neither: "123-456789" is a typo, not an SSN.
  if (!/^(?:\d{3}-\d{2}-\d{4}|\d{9})$/.test(trimmed)) return null;
  const digits = trimmed.replaceAll('-', '');
  const area = digits.slice(0, 3);
  if (area === '000' || area === '666' || area.startsWith('9')) return null;
  if (digits.slice(3, 5) === '00' || digits.slice(5) === '0000') return null;
  return VOIDED.has(digits) ? null : digits;
}

export function isValidSsn(input: string): boolean {
  return normaliseSsn(input) !== null;
}

function requireSsn(input: string): string {
  const digits = normaliseSsn(input);
  if (digits === null) throw new InvalidSsnError();
  return digits;
}

/** `***-**-1234`: the only form an SSN takes on screen, in responses and in logs. */
export function maskSsn(last4: string): string {
  if (!/^\d{4}$/.test(last4)) throw new TypeError('maskSsn expects the last 4 digits');
  return `***-**-${last4}`;
}

export function createSsnCipher(keys: { encryptionKey: Uint8Array; hashKey: Uint8Array }): SsnCipher {
  assertKey(keys.hashKey, 'SSN hash key');
  const fields = createFieldCipher(keys.encryptionKey);
  const hashKey = Buffer.from(keys.hashKey);

  return {
    encrypt: (ssn) => fields.encrypt(requireSsn(ssn)),
    decrypt: (sealed) => requireSsn(fields.decrypt(sealed)),
    lookupHash: (ssn) => createHmac('sha256', hashKey).update(requireSsn(ssn)).digest('hex'),
    last4: (ssn) => requireSsn(ssn).slice(5),
  };
}
