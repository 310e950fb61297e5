import { describe, expect, it } from 'vitest';
import en from '../locales/en/common.json';
import { apiPaths, casePath, listPages, paths, safeNextPath } from './paths.ts';

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
    for (const bad of ['https://evil.example/', '//evil.example', '/\\evil.example', 'security', '', null])
      expect(safeNextPath(bad)).toBeUndefined();
  });
});

describe('casePath', () => {
  it('fills in the case number and keeps only the query values given', () => {
    expect(casePath('caseDetail', '1000000002')).toBe('/my-case/1000000002');
    expect(casePath('casePayments', '1000000002', { source: 'mail', from: '', to: undefined })).toBe(
      '/my-case/1000000002/payments?source=mail',
    );
    expect(casePath('caseStatement', '1000000002', { from: '2026-01-01', to: '2026-06-30' })).toBe(
      '/my-case/1000000002/statement?from=2026-01-01&to=2026-06-30',
    );
  });

  it('cannot be steered elsewhere by what is typed in the address bar', () => {
    expect(casePath('caseDetail', '../security')).toBe('/my-case/..%2Fsecurity');
    expect(apiPaths.cases.detail('1/../../me')).toBe('/api/v1/cases/1%2F..%2F..%2Fme');
  });
});
