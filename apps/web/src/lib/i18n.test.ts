import { strayTranslationKeys, translationKeys } from '@cos/ui';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { english, pageNamespaces } from './i18n.ts';
import { englishPages } from './i18n-english-pages.ts';
import { resources } from './testing/i18n-resources.ts';

describe('web locale files', () => {
  it('are each either in the main chunk or in the page strings, and the page strings are named in i18n.ts', () => {
    expect(Object.keys(englishPages).sort()).toEqual([...pageNamespaces].sort());
    const inMain = Object.keys(english);
    expect(inMain.filter((name) => name in englishPages)).toEqual([]);
    // Namespaces are the files' names in camelCase where they have a dash (provide-info → provideInfo).
    const files = readdirSync(join(import.meta.dirname, '..', 'locales', 'en'))
      .map((file) =>
        file.replace(/\.json$/, '').replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase()),
      )
      .sort();
    const camel = (name: string) => name.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase());
    expect([...inMain, ...pageNamespaces].map(camel).sort()).toEqual(files);
  });

  it('have a Spanish file for every English namespace', () => {
    expect(Object.keys(resources.es).sort()).toEqual(Object.keys(resources.en).sort());
  });

  it('have no Spanish key that English lacks (it could never be shown)', () => {
    const spanish = new Map(Object.entries(resources.es));
    for (const [namespace, english] of Object.entries(resources.en)) {
      expect(strayTranslationKeys(english, spanish.get(namespace)), namespace).toEqual([]);
    }
  });

  it('translate the whole layout into Spanish', () => {
    expect(strayTranslationKeys(resources.es.common, resources.en.common)).toEqual([]);
    expect(translationKeys(resources.es.common).length).toBeGreaterThan(0);
  });

  it('translate My Case and Payments into Spanish key for key (a parent reads the whole case in one language)', () => {
    expect(strayTranslationKeys(resources.es.cases, resources.en.cases)).toEqual([]);
  });

  it('translate recovery and the shared form pieces into Spanish key for key (a locked-out parent must not meet English halfway)', () => {
    expect(strayTranslationKeys(resources.es.recovery, resources.en.recovery)).toEqual([]);
    expect(strayTranslationKeys(resources.es.forms, resources.en.forms)).toEqual([]);
  });
});
