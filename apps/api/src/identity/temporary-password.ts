// Temporary passwords (docs/product.md §3.4, §5): at least 128 bits from the CSPRNG, written in Crockford's
// base32 (digits and capital letters without I, L, O and U, so nothing reads as something else) in
// groups of four: 7KQ2-M9XD-…. What a person types back is read the Crockford way — any case, with
// or without hyphens or spaces, I and L as 1, O as 0 — so a copying slip does not cost a sign-in.
import { randomBytes } from 'node:crypto';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const BITS_PER_CHAR = 5;
const GROUP = 4;

/** A new temporary password with at least `entropyBits` of randomness, as shown to the person. */
export function generateTemporaryPassword(
  entropyBits: number,
  random: (size: number) => Buffer = randomBytes,
): string {
  // Whole groups of four characters: 128 bits need 26 characters, so 28 (140 bits) are written.
  const chars = Math.ceil(Math.ceil(entropyBits / BITS_PER_CHAR) / GROUP) * GROUP;
  const bytes = random(Math.ceil((chars * BITS_PER_CHAR) / 8));
  let out = '';
  for (let index = 0; index < chars; index += 1) {
    // Every character takes the next 5 bits, so each symbol is equally likely.
    const bit = index * BITS_PER_CHAR;
    const pair = ((bytes[bit >> 3] ?? 0) << 8) | (bytes[(bit >> 3) + 1] ?? 0);
    out += ALPHABET[(pair >> (16 - BITS_PER_CHAR - (bit & 7))) & 31];
  }
  return out.match(new RegExp(`.{${GROUP}}`, 'g'))?.join('-') ?? out;
}

/** The form that is hashed and compared: upper case, no separators, I/L → 1, O → 0. */
export function canonicalTemporaryPassword(typed: string): string {
  return typed
    .toUpperCase()
    .replace(/[\s-]+/g, '')
    .replace(/[IL]/g, '1')
    .replace(/O/g, '0');
}
