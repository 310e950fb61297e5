import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DecryptionError, createFieldCipher } from './field-cipher.ts';

const key = randomBytes(32);

describe('field cipher', () => {
  it('round-trips and uses a fresh IV each time', () => {
    const cipher = createFieldCipher(key);
    const a = cipher.encrypt('JBSWY3DPEHPK3PXP');
    const b = cipher.encrypt('JBSWY3DPEHPK3PXP');
    expect(a.equals(b)).toBe(false);
    expect(a[0]).toBe(1);
    expect(a.length).toBe(1 + 12 + 16 + 16);
    expect(cipher.decrypt(a)).toBe('JBSWY3DPEHPK3PXP');
    expect(cipher.decrypt(new Uint8Array(b))).toBe('JBSWY3DPEHPK3PXP');
  });

  it.each([
    ['a flipped ciphertext byte', (buf: Buffer) => buf.writeUInt8(buf.readUInt8(20) ^ 1, 20)],
    [
      'a flipped tag byte',
      (buf: Buffer) => buf.writeUInt8(buf.readUInt8(buf.length - 1) ^ 1, buf.length - 1),
    ],
    ['a flipped IV byte', (buf: Buffer) => buf.writeUInt8(buf.readUInt8(3) ^ 1, 3)],
    ['another version byte', (buf: Buffer) => buf.writeUInt8(2, 0)],
  ])('detects %s', (_label, tamper) => {
    const cipher = createFieldCipher(key);
    const sealed = cipher.encrypt('000123456789');
    tamper(sealed);
    expect(() => cipher.decrypt(sealed)).toThrow(DecryptionError);
  });

  it('refuses truncated data and data sealed with another key', () => {
    const sealed = createFieldCipher(key).encrypt('secret');
    expect(() => createFieldCipher(key).decrypt(sealed.subarray(0, 20))).toThrow(DecryptionError);
    expect(() => createFieldCipher(randomBytes(32)).decrypt(sealed)).toThrow(DecryptionError);
  });

  it('insists on a 32-byte key', () => {
    expect(() => createFieldCipher(randomBytes(16))).toThrow(/32 bytes/);
  });
});
