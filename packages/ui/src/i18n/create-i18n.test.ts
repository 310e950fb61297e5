import { describe, expect, it } from 'vitest';
import { createI18n, saveLanguageChoice } from './create-i18n.ts';
import { languageStorageKey } from './languages.ts';

const resources = {
  en: { common: { greeting: 'Hello', onlyInEnglish: 'Apply Now' } },
  es: { common: { greeting: 'Hola' } },
};

function memoryStorage(initial: Record<string, string> = {}) {
  const values = new Map(Object.entries(initial));
  return {
    getItem: (key: string) => values.get(key) ?? null,
    setItem: (key: string, value: string) => void values.set(key, value),
  };
}

describe('createI18n', () => {
  it('is ready synchronously, so the first render already shows text', () => {
    const i18n = createI18n({ resources, defaultNS: 'common', language: 'en', storage: null, root: null });
    expect(i18n.t('greeting')).toBe('Hello');
  });

  it('falls back to English for a string not yet translated', () => {
    const i18n = createI18n({ resources, defaultNS: 'common', language: 'es', storage: null, root: null });
    expect(i18n.t('greeting')).toBe('Hola');
    expect(i18n.t('onlyInEnglish')).toBe('Apply Now');
  });

  it('adds the shared ui namespace in both languages', () => {
    const i18n = createI18n({ resources, defaultNS: 'common', language: 'es', storage: null, root: null });
    expect(i18n.t('ui:skipLink')).toBe('Saltar al contenido principal');
  });

  it('keeps the lang attribute of the page in step with the language', async () => {
    const root = { lang: '' };
    const i18n = createI18n({ resources, defaultNS: 'common', language: 'en', storage: null, root });
    expect(root.lang).toBe('en');
    await i18n.changeLanguage('es');
    expect(root.lang).toBe('es');
  });

  it('starts in the language the visitor chose before', () => {
    const storage = memoryStorage();
    saveLanguageChoice('es', storage);
    const i18n = createI18n({ resources, defaultNS: 'common', storage, root: null });
    expect(storage.getItem(languageStorageKey)).toBe('es');
    expect(i18n.language).toBe('es');
  });

  it('fetches a language left out of the bundle once, before switching to it', async () => {
    const requested: string[] = [];
    const i18n = createI18n({
      resources: { en: resources.en },
      defaultNS: 'common',
      language: 'en',
      storage: null,
      root: null,
      loadLanguage: async (language) => {
        requested.push(language);
        return resources.es;
      },
    });
    expect(i18n.t('greeting')).toBe('Hello');
    expect(requested).toEqual([]);
    await i18n.changeLanguage('es');
    expect(i18n.t('greeting')).toBe('Hola');
    expect(i18n.t('ui:skipLink')).toBe('Saltar al contenido principal');
    await i18n.changeLanguage('en');
    await i18n.changeLanguage('es');
    expect(requested).toEqual(['es']);
  });
});
