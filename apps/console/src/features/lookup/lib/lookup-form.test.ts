import { describe, expect, it } from 'vitest';
import { validateLookup } from './lookup-form.ts';

describe('validateLookup', () => {
  it('needs something to search for and a reason, both reported at once', () => {
    const { errors, search } = validateLookup({ q: ' ', reason: '', reasonText: '' });
    expect(search).toBeNull();
    expect(errors.map((error) => error.messageKey)).toEqual([
      'lookup:errors.queryRequired',
      'lookup:errors.reasonRequired',
    ]);
  });

  it('asks for a few words when the reason is "other"', () => {
    const { errors } = validateLookup({ q: 'morgan', reason: 'other', reasonText: '  ' });
    expect(errors).toEqual([
      { fieldId: 'lookup-reason-text', messageKey: 'lookup:errors.reasonTextRequired' },
    ]);
  });

  it('refuses a full SSN (it must never travel in a URL)', () => {
    expect(
      validateLookup({ q: '123-45-6781', reason: 'callback', reasonText: '' }).errors[0]?.messageKey,
    ).toBe('lookup:errors.fullSsn');
  });

  it('gives the search as the API takes it', () => {
    expect(
      validateLookup({ q: ' 1000000001 ', reason: 'caller-verified', reasonText: 'ignored' }).search,
    ).toEqual({ q: '1000000001', reason: 'caller-verified' });
    expect(
      validateLookup({ q: 'morgan,  casey', reason: 'other', reasonText: 'Mail returned' }).search,
    ).toEqual({
      q: 'morgan, casey',
      reason: 'other',
      reasonText: 'Mail returned',
    });
  });
});
