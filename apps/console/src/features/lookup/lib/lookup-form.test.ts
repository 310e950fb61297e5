import { describe, expect, it } from 'vitest';
import { LookupValues } from './lookup-form.ts';

const problems = (values: { q: string; reason: string; reasonText: string }) =>
  LookupValues.safeParse(values).error?.issues.map(({ path, code }) => [path.join('.'), code]) ?? [];

describe('LookupValues', () => {
  it('needs something to search for and a reason, both reported at once', () => {
    expect(problems({ q: ' ', reason: '', reasonText: '' })).toEqual([
      ['q', 'too_small'],
      ['reason', 'invalid_value'],
    ]);
  });

  it('asks for a few words when the reason is "other"', () => {
    expect(problems({ q: 'morgan', reason: 'other', reasonText: '  ' })).toEqual([['reasonText', 'custom']]);
  });

  it('refuses a full SSN (it must never travel in a URL)', () => {
    expect(problems({ q: '123-45-6781', reason: 'callback', reasonText: '' })).toEqual([['q', 'custom']]);
  });

  it('gives the search as the API takes it', () => {
    expect(
      LookupValues.parse({ q: ' 1000000001 ', reason: 'caller-verified', reasonText: 'ignored' }),
    ).toEqual({ q: '1000000001', reason: 'caller-verified' });
    expect(LookupValues.parse({ q: 'morgan,  casey', reason: 'other', reasonText: 'Mail returned' })).toEqual(
      {
        q: 'morgan, casey',
        reason: 'other',
        reasonText: 'Mail returned',
      },
    );
  });
});
