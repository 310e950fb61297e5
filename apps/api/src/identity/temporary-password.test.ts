import { describe, expect, it } from 'vitest';
import { canonicalTemporaryPassword, generateTemporaryPassword } from './temporary-password.ts';

describe('temporary passwords', () => {
  it('carry at least 128 bits in readable groups of four, without I, L, O or U', () => {
    const password = generateTemporaryPassword(128);
    expect(password).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){6}[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(28 * Math.log2(32)).toBeGreaterThanOrEqual(128);
  });

  it('use every symbol about equally (no bias from the byte-to-symbol mapping)', () => {
    const counts = new Map<string, number>();
    for (let i = 0; i < 2000; i += 1) {
      for (const char of generateTemporaryPassword(128).replaceAll('-', ''))
        counts.set(char, (counts.get(char) ?? 0) + 1);
    }
    expect(counts.size).toBe(32);
    const expected = (2000 * 28) / 32;
    for (const count of counts.values()) expect(Math.abs(count - expected) / expected).toBeLessThan(0.1);
  });

  it('never repeat', () => {
    const seen = new Set(Array.from({ length: 1000 }, () => generateTemporaryPassword(128)));
    expect(seen.size).toBe(1000);
  });

  it('grow with the policy', () => {
    expect(generateTemporaryPassword(256).replaceAll('-', '')).toHaveLength(52);
  });

  it('are read back the Crockford way', () => {
    expect(canonicalTemporaryPassword(' 7kq2-m9xd oil0 ')).toBe('7KQ2M9XD0110');
    expect(canonicalTemporaryPassword('7KQ2M9XD')).toBe(canonicalTemporaryPassword('7kq2-m9xd'));
  });
});
