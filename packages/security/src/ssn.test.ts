import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DecryptionError } from './field-cipher.ts';
import { InvalidSsnError, createSsnCipher, isValidSsn, maskSsn, normaliseSsn } from './ssn.ts';

const keys = { encryptionKey: randomBytes(32), hashKey: randomBytes(32) };

describe('normaliseSsn', () => {
  it.each([
    ['123-45-6789', '123456789'],
    ['123456789', '123456789'],
    [' 123-45-6781 ', '123456781'],
    ['001-01-0001', '001010001'],
    ['665-99-9999', '665999999'],
    ['899-12-3456', '899123456'],
  ])('accepts %j', (input, digits) => {
    expect(normaliseSsn(input)).toBe(digits);
  });

  it.each([
    ['empty', ''],
    ['too short', '12345678'],
    ['too long', '1234567890'],
    ['one separator only', '123-456789'],
    ['other separators', '123 45 6789'],
    ['dots', '123.45.6789'],
    ['letters', '12a-45-6789'],
    ['non-ASCII digits', '١٢٣٤٥٦٧٨٩'],
    ['area 000', '000-12-3456'],
    ['area 666', '666-12-3456'],
    ['area 900', '900-12-3456'],
    ['area 987 (advertising range)', '987-65-4321'],
    ['area 999', '999-12-3456'],
    ['group 00', '123-00-4567'],
    ['serial 0000', '123-45-0000'],
    ['the voided Woolworth number', '078-05-1120'],
  ])('rejects %s', (_label, input) => {
    expect(normaliseSsn(input)).toBeNull();
    expect(isValidSsn(input)).toBe(false);
  });
});

describe('maskSsn', () => {
  it('shows only the last four', () => {
    expect(maskSsn('6781')).toBe('***-**-6781');
    expect(() => maskSsn('123456789')).toThrow();
  });
});

describe('SSN cipher', () => {
  it('round-trips to the normalised digits', () => {
    const cipher = createSsnCipher(keys);
    const sealed = cipher.encrypt('123-45-6781');
    expect(sealed.includes(Buffer.from('123456781'))).toBe(false);
    expect(cipher.decrypt(sealed)).toBe('123456781');
    expect(cipher.last4('123-45-6781')).toBe('6781');
  });

  it('detects a flipped ciphertext byte', () => {
    const cipher = createSsnCipher(keys);
    const sealed = cipher.encrypt('123456781');
    sealed.writeUInt8(sealed.readUInt8(14) ^ 0x80, 14);
    expect(() => cipher.decrypt(sealed)).toThrow(DecryptionError);
  });

  it('gives a stable lookup hash whatever the formatting', () => {
    const cipher = createSsnCipher(keys);
    const hash = cipher.lookupHash('123-45-6781');
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(cipher.lookupHash('123456781')).toBe(hash);
    expect(createSsnCipher(keys).lookupHash(' 123-45-6781')).toBe(hash);
    expect(cipher.lookupHash('123-45-6782')).not.toBe(hash);
  });

  it('makes the lookup hash depend on the key', () => {
    const other = createSsnCipher({ ...keys, hashKey: randomBytes(32) });
    expect(other.lookupHash('123-45-6781')).not.toBe(createSsnCipher(keys).lookupHash('123-45-6781'));
  });

  it('refuses invalid SSNs without echoing them', () => {
    const cipher = createSsnCipher(keys);
    expect(() => cipher.encrypt('666-12-3456')).toThrow(InvalidSsnError);
    expect(() => cipher.lookupHash('000-12-3456')).toThrow(/^Not a valid Social Security number$/);
    expect(() => cipher.last4('12345')).toThrow(InvalidSsnError);
  });

  it('refuses keys of the wrong size', () => {
    expect(() => createSsnCipher({ encryptionKey: randomBytes(32), hashKey: randomBytes(8) })).toThrow(
      /32 bytes/,
    );
    expect(() => createSsnCipher({ encryptionKey: randomBytes(31), hashKey: randomBytes(32) })).toThrow(
      /32 bytes/,
    );
  });
});
