import { strayTranslationKeys } from '@cos/ui';
import { describe, expect, it } from 'vitest';
import { resources } from './i18n.ts';

describe('console locale files', () => {
  it('translate every string into Spanish, with no stray keys', () => {
    const spanish = new Map(Object.entries(resources.es));
    for (const [namespace, english] of Object.entries(resources.en)) {
      expect(strayTranslationKeys(english, spanish.get(namespace)), namespace).toEqual([]);
      expect(strayTranslationKeys(spanish.get(namespace), english), namespace).toEqual([]);
    }
  });
});
