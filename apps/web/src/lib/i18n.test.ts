import { strayTranslationKeys, translationKeys } from '@cos/ui';
import { describe, expect, it } from 'vitest';
import { resources } from './i18n.ts';

describe('web locale files', () => {
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
