import { describe, expect, it } from 'vitest';
import en from '../locales/en/common.json';
import { listPages, paths, safeNextPath } from './paths.ts';

describe('paths', () => {
  it('gives every page its own URL', () => {
    const urls = listPages().map(({ page }) => page.path);
    expect(new Set(urls).size).toBe(urls.length);
  });

  it('names every page in English, for its heading, title and links', () => {
    for (const { key } of listPages()) expect(en.pages).toHaveProperty(key);
  });

  it('keeps the sign-in URLs the API and tests rely on', () => {
    expect(paths.signIn.path).toBe('/sign-in');
    expect(paths.signInPassword.path).toBe('/sign-in/password');
    expect(paths.forgot.path).toBe('/forgot');
    expect(paths.register.path).toBe('/register');
  });
});

describe('safeNextPath', () => {
  it('accepts a path of this app and refuses anything that leaves it', () => {
    expect(safeNextPath('/security?tab=1')).toBe('/security?tab=1');
    for (const bad of ['https://evil.example/', '//evil.example', '/\\evil.example', 'security', '', null]) expect(safeNextPath(bad)).toBeUndefined();
  });
});
