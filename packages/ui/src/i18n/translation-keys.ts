type Tree = { readonly [key: string]: unknown };

function isTree(value: unknown): value is Tree {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Every leaf key of a locale file, dotted (`nav.signIn`), as i18next addresses them. */
export function translationKeys(tree: unknown, prefix = ''): string[] {
  if (!isTree(tree)) return [];
  return Object.entries(tree).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return isTree(value) ? translationKeys(value, path) : [path];
  });
}

/**
 * Keys a translation has that the English original does not: always a typo or a leftover,
 * because such a key can never be shown. (Missing keys are fine: they fall back to English.)
 */
export function strayTranslationKeys(original: unknown, translation: unknown): string[] {
  const known = new Set(translationKeys(original));
  return translationKeys(translation).filter((key) => !known.has(key));
}
