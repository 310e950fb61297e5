import { describe, expect, it } from 'vitest';
import { formatUsPhone, usPhoneHref } from './phone.ts';

describe('US phone numbers', () => {
  it('format ten digits the way Americans write them', () => {
    expect(formatUsPhone('7705550102')).toBe('(770) 555-0102');
    expect(formatUsPhone('770-555-0102')).toBe('(770) 555-0102');
  });

  it('dial in E.164 from a tel: link', () => {
    expect(usPhoneHref('7705550102')).toBe('tel:+17705550102');
  });

  it('leave anything else as it came', () => {
    expect(formatUsPhone('555-0102')).toBe('555-0102');
  });
});
