// The languages the agency publishes in. English is complete; any key missing in Spanish falls
// back to English rather than showing a raw key.
export const supportedLanguages = ['en', 'es'] as const;
export type Language = (typeof supportedLanguages)[number];
export const fallbackLanguage: Language = 'en';

// Where the choice made with the language switch is remembered, per browser.
export const languageStorageKey = 'cos.language';

export function isLanguage(value: unknown): value is Language {
  return supportedLanguages.some((language) => language === value);
}

/**
 * A saved choice wins; otherwise the first browser language we publish in (by its primary
 * subtag, so `es-MX` reads as Spanish); otherwise English.
 */
export function detectLanguage(saved: string | null, browserLanguages: readonly string[]): Language {
  if (isLanguage(saved)) return saved;
  for (const tag of browserLanguages) {
    const primary = tag.toLowerCase().split('-')[0];
    if (isLanguage(primary)) return primary;
  }
  return fallbackLanguage;
}

/** The other language, for the one-click switch in the header. */
export function otherLanguage(language: Language): Language {
  return language === 'en' ? 'es' : 'en';
}
