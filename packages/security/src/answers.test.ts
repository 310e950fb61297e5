import { describe, expect, it } from 'vitest';
import { hashAnswer, normaliseAnswer, verifyAnswer } from './answers.ts';

describe('security answers', () => {
  it.each([
    ['  Blue ', 'blue'],
    ['New   York\tCity', 'new york city'],
    ['MACON', 'macon'],
    ['\u00a0biscuit\u3000', 'biscuit'],
    ['ＢＩＳＣＵＩＴ', 'biscuit'],
    ['ﬁrst', 'first'],
    ['São Paulo', 'são paulo'],
  ])('normalises %j to %j', (input, expected) => {
    expect(normaliseAnswer(input)).toBe(expected);
  });

  it('verifies a hashed answer however it is typed', async () => {
    const hash = await hashAnswer('Macon');
    expect(hash).not.toContain('macon');
    expect(await verifyAnswer(hash, '  MACON ')).toBe(true);
    expect(await verifyAnswer(hash, 'macon ga')).toBe(false);
  });
});
