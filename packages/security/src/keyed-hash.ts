// Keyed hashes for counters that must not hold the value they count (failed registration checks
// per case number or SSN, unknown User IDs at sign-in). A plain hash of a 10-digit case number or a
// 9-digit SSN is reversed by trying every value; an HMAC is not without the key. Each purpose gets
// its own key derived with HKDF, so a hash made for one table never matches another table's.
import { createHmac, hkdfSync } from 'node:crypto';
import { assertKey } from './field-cipher.ts';

export type KeyedHasher = (purpose: string, value: string) => string;

export function createKeyedHasher(key: Uint8Array): KeyedHasher {
  assertKey(key, 'Keyed hash key');
  const secret = Buffer.from(key);
  const derived = new Map<string, Buffer>();
  const keyFor = (purpose: string): Buffer => {
    let purposeKey = derived.get(purpose);
    if (!purposeKey) {
      purposeKey = Buffer.from(hkdfSync('sha256', secret, Buffer.alloc(0), `cos keyed hash: ${purpose}`, 32));
      derived.set(purpose, purposeKey);
    }
    return purposeKey;
  };
  return (purpose, value) => createHmac('sha256', keyFor(purpose)).update(value, 'utf8').digest('hex');
}
