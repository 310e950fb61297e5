import { describe, expect, it } from 'vitest';
import { detectLanguage, otherLanguage } from './languages.ts';

describe('detectLanguage', () => {
  it('keeps the choice the visitor saved', () => {
    expect(detectLanguage('es', ['en-US'])).toBe('es');
  });

  it('follows the browser by primary language when nothing was saved', () => {
    expect(detectLanguage(null, ['fr-FR', 'es-MX', 'en'])).toBe('es');
  });

  it('ignores a saved value it does not publish in, and defaults to English', () => {
    expect(detectLanguage('de', ['de-DE'])).toBe('en');
  });
});

describe('otherLanguage', () => {
  it('offers Spanish to English readers and English to Spanish readers', () => {
    expect(otherLanguage('en')).toBe('es');
    expect(otherLanguage('es')).toBe('en');
  });
});
