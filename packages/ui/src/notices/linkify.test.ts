import { describe, expect, it } from 'vitest';
import { linkify } from './linkify.ts';

describe('linkify', () => {
  it('keeps HTML as text: there is nothing to render but characters', () => {
    const body = '<script>alert(1)</script> and <img src=x onerror=alert(1)>';
    expect(linkify(body)).toEqual([{ kind: 'text', text: body }]);
  });

  it('links http(s) addresses, leaving the sentence’s full stop outside the link', () => {
    expect(linkify('See https://dcss.georgia.gov/hours.')).toEqual([
      { kind: 'text', text: 'See ' },
      { kind: 'external', href: 'https://dcss.georgia.gov/hours', text: 'https://dcss.georgia.gov/hours' },
      { kind: 'text', text: '.' },
    ]);
  });

  it('links paths of this site, but not //other-host or a javascript: address', () => {
    expect(linkify('Read /privacy now')).toEqual([
      { kind: 'text', text: 'Read ' },
      { kind: 'internal', to: '/privacy', text: '/privacy' },
      { kind: 'text', text: ' now' },
    ]);
    expect(linkify('go //evil.example or javascript:alert(1)')).toEqual([
      { kind: 'text', text: 'go //evil.example or javascript:alert(1)' },
    ]);
  });

  it('does not take a slash inside a word (and/or) for a path', () => {
    expect(linkify('your User ID and/or your Password')).toEqual([
      { kind: 'text', text: 'your User ID and/or your Password' },
    ]);
  });
});
