import { describe, expect, it } from 'vitest';
import passwordEn from './locales/en/password.json';
import passwordEs from './locales/es/password.json';
import en from './locales/en/ui.json';
import es from './locales/es/ui.json';
import { strayTranslationKeys, translationKeys } from './translation-keys.ts';

describe('translationKeys', () => {
  it('lists nested keys the way i18next addresses them', () => {
    expect(translationKeys({ nav: { signIn: 'Sign In' }, title: 'x' })).toEqual(['nav.signIn', 'title']);
  });
});

describe('ui locale files', () => {
  it('have no Spanish key that English lacks', () => {
    expect(strayTranslationKeys(en, es)).toEqual([]);
  });

  it('translate every shared string except the legal warning, whose official text is English', () => {
    expect(strayTranslationKeys(es, en)).toEqual(['legalWarning.body']);
  });
});

describe('password locale files (the new-password field of both apps)', () => {
  it('say everything in both languages', () => {
    expect(strayTranslationKeys(passwordEn, passwordEs)).toEqual([]);
    expect(strayTranslationKeys(passwordEs, passwordEn)).toEqual([]);
  });
});
