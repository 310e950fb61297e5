// AES-256-GCM for single database fields (SSNs, bank account numbers, TOTP secrets).
// Layout: version byte | 12-byte random IV | ciphertext | 16-byte tag. The version byte is also the
// additional authenticated data, so it cannot be altered, and it leaves room for key rotation.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

const VERSION = 0x01;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const KEY_BYTES = 32;

export interface FieldCipher {
  encrypt(plain: string): Buffer;
  /** Throws when the data was altered, truncated or made with another key. */
  decrypt(sealed: Uint8Array): string;
}

export class DecryptionError extends Error {
  override name = 'DecryptionError';
}

export function assertKey(key: Uint8Array, label: string): void {
  if (key.length !== KEY_BYTES) throw new TypeError(`${label} must be exactly ${KEY_BYTES} bytes`);
}

export function createFieldCipher(key: Uint8Array): FieldCipher {
  assertKey(key, 'Field encryption key');
  // Copy so a caller that reuses or wipes its buffer cannot change ours.
  const secret = Buffer.from(key);
  const header = Buffer.from([VERSION]);

  return {
    encrypt(plain) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', secret, iv, { authTagLength: TAG_BYTES });
      cipher.setAAD(header);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return Buffer.concat([header, iv, body, cipher.getAuthTag()]);
    },
    decrypt(sealed) {
      const data = Buffer.from(sealed);
      if (data.length < 1 + IV_BYTES + TAG_BYTES || data[0] !== VERSION) {
        throw new DecryptionError('Unrecognised ciphertext');
      }
      const iv = data.subarray(1, 1 + IV_BYTES);
      const body = data.subarray(1 + IV_BYTES, data.length - TAG_BYTES);
      const tag = data.subarray(data.length - TAG_BYTES);
      try {
        const decipher = createDecipheriv('aes-256-gcm', secret, iv, { authTagLength: TAG_BYTES });
        decipher.setAAD(header);
        decipher.setAuthTag(tag);
        return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
      } catch {
        // Node's message ("Unsupported state or unable to authenticate data") says nothing useful.
        throw new DecryptionError('Ciphertext failed authentication');
      }
    },
  };
}
