// Leaves zod's JSON Schema generator out of the browser bundles. zod's classic schemas reference
// it from every schema type (for `.toJSONSchema()`), so no bundler can drop it, yet the apps never
// generate JSON Schema in the browser (the API does, for its OpenAPI document, with the real
// module). It is ~18 KB minified (~6 KB brotli) of the sign-in page's first load
// (docs/decisions/0009-page-weight.md). The modules are replaced by stand-ins with the same
// export names (read from the real files, so a zod upgrade that renames one fails the build);
// calling any of them throws.
import { readFileSync } from 'node:fs';

const replaced =
  /[\\/]zod[\\/]v4[\\/]core[\\/](?:to-json-schema|json-schema-processors|json-schema-generator)\.js$/;

function exportNames(source: string): string[] {
  const names = new Set<string>();
  for (const match of source.matchAll(/^export (?:async )?(?:function\*?|const|let|var|class) ([\w$]+)/gm))
    names.add(match[1]!);
  for (const match of source.matchAll(/^export \{([^}]*)\}/gm))
    for (const part of match[1]!.split(',')) {
      const name = part
        .trim()
        .split(/\s+as\s+/)
        .pop();
      if (name) names.add(name);
    }
  if (/^export \*/m.test(source)) throw new Error('zod-without-json-schema: re-exports are not handled');
  return [...names];
}

/** The part of a Vite plugin used here (scripts/ cannot resolve vite's types from the repository root). */
interface LoadPlugin {
  name: string;
  apply: 'build';
  load(id: string): string | null;
}

export function zodWithoutJsonSchema(): LoadPlugin {
  return {
    name: 'cos:zod-without-json-schema',
    apply: 'build',
    load(id) {
      if (!replaced.test(id)) return null;
      const names = exportNames(readFileSync(id, 'utf8'));
      // A factory (createToJSONSchemaMethod) is called when a schema is built and must return a
      // method; the method, or any generator function, throws when used.
      return [
        `const unavailable = () => { throw new Error('JSON Schema generation is not bundled in the browser'); };`,
        `const stub = () => unavailable;`,
        ...names.map((name) =>
          name === 'default' ? 'export default stub;' : `export const ${name} = stub;`,
        ),
      ].join('\n');
    },
  };
}
