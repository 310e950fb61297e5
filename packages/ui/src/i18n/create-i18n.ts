import { createInstance, type BackendModule, type i18n, type ResourceLanguage } from 'i18next';
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
  /**
   * The app's namespaces per language; `ui` and `password` (this package's strings) are added to
   * them. A language left out (Spanish, in the browser) is fetched with `loadLanguage` when needed.
   */
  resources: { en: ResourceLanguage; es?: ResourceLanguage };
  /** Fetches a language that is not in `resources` (a chunk of its own: most visitors never need it). */
  loadLanguage?: (language: Language) => Promise<ResourceLanguage>;
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

/** The language a visit starts in: the saved choice, else the browser's (see detectLanguage). */
export function initialLanguage(storage: StorageLike | null = browserStorage()): Language {
  return detectLanguage(safeGet(storage), globalThis.navigator?.languages ?? []);
}

/** An i18next backend over `loadLanguage`: one fetch per language, each namespace taken from it. */
function onDemandBackend(loadLanguage: (language: Language) => Promise<ResourceLanguage>): BackendModule {
  const loaded = new Map<Language, Promise<ResourceLanguage>>();
  return {
    type: 'backend',
    init: () => undefined,
    read(language, namespace, callback) {
      const lang = isLanguage(language) ? language : fallbackLanguage;
      let bundle = loaded.get(lang);
      if (!bundle) {
        bundle = loadLanguage(lang);
        loaded.set(lang, bundle);
      }
      bundle.then(
        (resources) => callback(null, resources[namespace] ?? {}),
        (error: unknown) => {
          // A failed fetch (offline) may be retried on the next switch.
          loaded.delete(lang);
          callback(error instanceof Error ? error : new Error(String(error)), false);
        },
      );
    },
  };
}

/**
 * One i18next instance per app. The bundled strings (English, which is also the fallback) make
 * initialisation synchronous; a language fetched on demand (`loadLanguage`) is loaded in full
 * before i18next switches to it, so a page never shows a mix. The apps load a visitor's saved
 * language before the first render (main.tsx), so no page starts in the wrong language.
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
  if (options.loadLanguage) instance.use(onDemandBackend(options.loadLanguage));
  void instance.init({
    resources: {
      en: { ...options.resources.en, ui: uiEn, password: passwordEn },
      es: { ...options.resources.es, ui: uiEs, password: passwordEs },
    },
    // The bundled namespaces are used as they are; only the missing ones go to the backend.
    partialBundledLanguages: true,
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
