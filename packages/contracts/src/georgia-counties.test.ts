import { describe, expect, it } from 'vitest';
import { GEORGIA_COUNTIES, georgiaCounty } from './georgia-counties.ts';

describe('Georgia counties', () => {
  it('lists all 159, each once', () => {
    expect(GEORGIA_COUNTIES).toHaveLength(159);
    expect(new Set(GEORGIA_COUNTIES).size).toBe(159);
  });

  it('gives the state’s own spelling for a county typed in any case, with or without "County"', () => {
    expect(georgiaCounty('dekalb')).toBe('DeKalb');
    expect(georgiaCounty('  ben   hill county ')).toBe('Ben Hill');
    expect(georgiaCounty('MCDUFFIE County')).toBe('McDuffie');
    expect(georgiaCounty('Orange')).toBeUndefined();
    expect(georgiaCounty('')).toBeUndefined();
  });
});
