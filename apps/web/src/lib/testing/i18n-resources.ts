// Both languages in full, bundled: for component tests, which render synchronously in either
// language (the app itself fetches most of them on demand, lib/i18n.ts).
import { english } from '../i18n.ts';
import { englishPages } from '../i18n-english-pages.ts';
import { spanish } from '../i18n-spanish.ts';

export const resources = { en: { ...english, ...englishPages }, es: spanish };
