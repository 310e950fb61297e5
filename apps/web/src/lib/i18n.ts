import { createI18n } from '@cos/ui';
import type { i18n, ResourceLanguage } from 'i18next';
import commonEn from '../locales/en/common.json';
import errorsEn from '../locales/en/errors.json';
import authEn from '../locales/en/auth.json';
import formsEn from '../locales/en/forms.json';
import noticesEn from '../locales/en/notices.json';

// One namespace per page or feature. English is the fallback for any missing Spanish string. In the
// main chunk only what the layout and the sign-in steps show; the other pages' English strings are
// one chunk (i18n-english-pages.ts), fetched with a page's own code before it shows; Spanish is
// fetched on demand (docs/decisions/0009-page-weight.md): before the first render for a visitor
// whose language is Spanish (main.tsx), else when they switch.

/** The English strings in the main chunk (the component tests add the rest, lib/testing). */
export const english = {
  common: commonEn,
  errors: errorsEn,
  auth: authEn,
  forms: formsEn,
  notices: noticesEn,
};

/** The namespaces of i18n-english-pages.ts, named here so that the main chunk does not import it. */
export const pageNamespaces = [
  'home',
  'services',
  'privacy',
  'site-map',
  'registration',
  'recovery',
  'cases',
  'provideInfo',
  'makePayment',
  'notifications',
  'documents',
  'appointments',
  'directDeposit',
  'offices',
  'apply',
  'contact',
  'faq',
] as const;

export function loadEnglishPages(): Promise<ResourceLanguage> {
  return import('./i18n-english-pages.ts').then((module) => module.englishPages);
}

export function loadSpanish(): Promise<ResourceLanguage> {
  return import('./i18n-spanish.ts').then((module) => module.spanish);
}

/** `spanish`: the Spanish strings when main.tsx already loaded them for this visitor. */
export function createWebI18n(spanish?: ResourceLanguage) {
  return createI18n({
    resources: spanish ? { en: english, es: spanish } : { en: english },
    defaultNS: 'common',
    loadLanguage: (language) =>
      language === 'es' ? loadSpanish() : loadEnglishPages().then((pages) => ({ ...english, ...pages })),
  });
}

/** Every page's strings in the current language (and English beneath), so no page shows a key. */
export function loadPageStrings(instance: i18n): Promise<void> {
  return instance.loadNamespaces([...pageNamespaces]);
}
