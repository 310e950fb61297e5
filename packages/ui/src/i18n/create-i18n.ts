import { createInstance, type i18n, type ResourceLanguage } from 'i18next';
import { initReactI18next } from 'react-i18next';
import passwordEn from './locales/en/password.json';
import passwordEs from './locales/es/password.json';
import uiEn from './locales/en/ui.json';
import uiEs from './locales/es/ui.json';
import {
  detectLanguage,
  fallbackLanguage,
  isLanguage,
  languageStorageKey,
  supportedLanguages,
  type Language,
} from './languages.ts';

type StorageLike = Pick<Storage, 'getItem' | 'setItem'>;

export type CreateI18nOptions = {
  /** The app's namespaces per language; `ui` and `password` (this package's strings) are added to them. */
  resources: { en: ResourceLanguage; es: ResourceLanguage };
  defaultNS: string;
  /** Forces a language (tests); otherwise detected from storage and the browser. */
  language?: Language;
  storage?: StorageLike | null;
  /** Whose `lang` attribute follows the language: `<html>` in the browser. */
  root?: { lang: string } | null;
};

function browserStorage(): StorageLike | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    // Storage can throw when the browser blocks it (privacy settings); the site still works.
    return null;
  }
}

/**
 * One i18next instance per app. Every string is bundled (no locale files fetched at run time, so
 * no extra requests and nothing the CSP has to allow), which also makes initialisation synchronous.
 */
export function createI18n(options: CreateI18nOptions): i18n {
  const storage = options.storage === undefined ? browserStorage() : options.storage;
  const root = options.root === undefined ? (globalThis.document?.documentElement ?? null) : options.root;
  const language =
    options.language ?? detectLanguage(safeGet(storage), globalThis.navigator?.languages ?? []);

  const instance = createInstance();
  // Screen readers pick their voice from <html lang>, so it must follow every change.
  instance.on('languageChanged', (next) => {
    if (root) root.lang = isLanguage(next) ? next : fallbackLanguage;
  });
  instance.use(initReactI18next);
  void instance.init({
    resources: {
      en: { ...options.resources.en, ui: uiEn, password: passwordEn },
      es: { ...options.resources.es, ui: uiEs, password: passwordEs },
    },
    lng: language,
    fallbackLng: fallbackLanguage,
    supportedLngs: supportedLanguages,
    ns: [...Object.keys(options.resources.en), 'ui'],
    defaultNS: options.defaultNS,
    initAsync: false,
    // React already escapes what it renders; escaping twice would show "&amp;".
    interpolation: { escapeValue: false },
    react: { useSuspense: false },
  });
  return instance;
}

function safeGet(storage: StorageLike | null): string | null {
  try {
    return storage?.getItem(languageStorageKey) ?? null;
  } catch {
    return null;
  }
}

/**
 * Remembers a choice made with the language switch. Only an explicit choice is saved, so a
 * visitor who never chose keeps following their browser's language.
 */
export function saveLanguageChoice(language: Language, storage: StorageLike | null = browserStorage()): void {
  try {
    storage?.setItem(languageStorageKey, language);
  } catch {
    // Not remembering the choice is acceptable; failing the page is not.
  }
}
