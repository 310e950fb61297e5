import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createKeyedHasher } from './keyed-hash.ts';

describe('keyed hashes', () => {
  const key = randomBytes(32);

  it('are stable for one key and purpose, and never the value itself', () => {
    const hash = createKeyedHasher(key);
    expect(hash('case', '1000000001')).toBe(createKeyedHasher(Buffer.from(key))('case', '1000000001'));
    expect(hash('case', '1000000001')).toMatch(/^[0-9a-f]{64}$/);
    expect(hash('case', '1000000001')).not.toContain('1000000001');
  });

  it('differ between purposes and between keys', () => {
    const hash = createKeyedHasher(key);
    expect(hash('case', '123456789')).not.toBe(hash('ssn', '123456789'));
    expect(createKeyedHasher(randomBytes(32))('case', '123456789')).not.toBe(hash('case', '123456789'));
  });

  it('refuses a key of the wrong size', () => {
    expect(() => createKeyedHasher(randomBytes(16))).toThrow(/32 bytes/);
  });
});
