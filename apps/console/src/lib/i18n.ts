import { createI18n } from '@cos/ui';
import authEn from '../locales/en/auth.json';
import commonEn from '../locales/en/common.json';
import errorsEn from '../locales/en/errors.json';
import authEs from '../locales/es/auth.json';
import commonEs from '../locales/es/common.json';
import errorsEs from '../locales/es/errors.json';

// Bundled like the web app's: no locale requests, ready on the first render.
export const resources = {
  en: { common: commonEn, auth: authEn, errors: errorsEn },
  es: { common: commonEs, auth: authEs, errors: errorsEs },
};

export function createConsoleI18n() {
  return createI18n({ resources, defaultNS: 'common' });
}
