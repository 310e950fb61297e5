import { describe, expect, it } from 'vitest';
import { findTitleKey, formatTitle } from './route-title.ts';

describe('findTitleKey', () => {
  it('takes the deepest route that declares a title', () => {
    const matches = [
      { handle: { titleKey: 'layout' } },
      { handle: undefined },
      { handle: { titleKey: 'page' } },
    ];
    expect(findTitleKey(matches)).toBe('page');
  });

  it('skips routes without one', () => {
    expect(findTitleKey([{ handle: { titleKey: 'layout' } }, { handle: { other: 1 } }])).toBe('layout');
    expect(findTitleKey([])).toBeUndefined();
  });
});

describe('formatTitle', () => {
  it('puts the page before the site name', () => {
    expect(formatTitle('Sign In', 'Customer Online Services')).toBe('Sign In | Customer Online Services');
    expect(formatTitle(undefined, 'Customer Online Services')).toBe('Customer Online Services');
  });
});
