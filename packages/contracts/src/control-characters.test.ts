import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { controlCharacterPaths, refusingControlCharacters } from './control-characters.ts';

describe('control characters', () => {
  it('finds NUL, escape, DEL and C1 controls at their paths, keys included', () => {
    expect(
      controlCharacterPaths({
        name: 'ok',
        note: 'a\u0000b',
        items: ['fine', 'bell\u0007'],
        nested: { deep: 'esc\u001b[31m', del: '\u007f', c1: '\u0085' },
        'key\u0000': 'x',
      }),
    ).toEqual([
      ['note'],
      ['items', 1],
      ['nested', 'deep'],
      ['nested', 'del'],
      ['nested', 'c1'],
      ['key\u0000'],
    ]);
  });

  it('accepts tab and line breaks, accents and emoji', () => {
    expect(controlCharacterPaths({ note: 'line one\r\nline two\tTabbed — señora 👍' })).toEqual([]);
  });

  it('refuses before the schema runs, naming the field', () => {
    const schema = refusingControlCharacters(z.object({ message: z.string().max(3) }));
    const result = schema.safeParse({ message: 'ab\u0000' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path)).toEqual([['message']]);
    expect(schema.parse({ message: 'abc' })).toEqual({ message: 'abc' });
  });
});
