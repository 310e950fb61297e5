import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The apps get USWDS's utility classes from a hand-kept list (packages/ui/src/styles/_utilities.scss,
// trimmed for the first page's CSS budget), so a class used in a component but missing there would
// silently render unstyled. This reads every source file of both apps and the shared UI for
// utility class names and checks each is defined.
const root = join(import.meta.dirname, '..', '..');
const sourceDirs = ['apps/web/src', 'apps/console/src', 'packages/ui/src'];
const families =
  'margin|padding|text|bg|border|radius|font|flex|width|maxw|minw|height|display|order|add-list-reset|' +
  'float|position|pin|top|bottom|left|right|z|opacity|shadow|circle|square|line-height|measure|underline';
// A class name stands alone: not part of a path (./text-field.tsx) or a longer name (order-fieldset).
const utility = new RegExp(
  `(?<![\\w./-])(?:(?:mobile-lg|tablet|desktop|hover|focus):)?(?:${families})(?:-[a-z0-9]+)+(?![\\w.-])`,
  'g',
);

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

describe('the trimmed USWDS utilities', () => {
  it('define every utility class the apps use', () => {
    const defined = readFileSync(join(root, 'packages/ui/src/styles/_utilities.scss'), 'utf8');
    const used = new Set(
      sourceDirs.flatMap(sourceFiles).flatMap((file) => readFileSync(file, 'utf8').match(utility) ?? []),
    );
    expect(used.size).toBeGreaterThan(50);
    const missing = [...used].filter((name) => !defined.includes(`.${name.replace(':', '\\:')} {`));
    expect(missing).toEqual([]);
  });
});
