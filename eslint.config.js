// `pnpm lint` (run by `npm test`): typescript-eslint on everything, jsx-a11y and the hooks rules on
// the two SPAs, and the one-way imports of ARCHITECTURE.md as `no-restricted-imports` rules.
//
// The import boundaries are written with ESLint's own rule rather than a plugin: every import here is
// a relative path ending in `.ts`/`.tsx` or a `@cos/*` package name, so path patterns say it exactly,
// and one rule per group of files keeps each refusal's message next to the arrow it enforces.
import { readdirSync } from 'node:fs';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const featuresOf = (app) =>
  readdirSync(new URL(`./apps/${app}/src/features/`, import.meta.url), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);

const restrict = (files, patterns) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { patterns }] },
});

const noApps = {
  group: ['**/apps/**', '@cos/api', '@cos/web', '@cos/console'],
  message: 'Packages never import apps.',
};
const packageRule = (forbidden, message) => ({ group: forbidden, message });

/** The SPAs: shared (components, lib, config, locales) → features → app; no feature imports another. */
const spaOnly = {
  group: ['@cos/db', '@cos/security', '**/apps/api/**'],
  message: 'The SPAs import only contracts and ui.',
};

function spaBoundaries(app) {
  const src = `apps/${app}/src`;
  const intoApp = {
    group: ['**/app/**', '!**/lib/**'],
    message: 'Only the app layer (src/app) imports from src/app.',
  };
  const intoFeatures = {
    group: ['**/features/**'],
    message: 'Shared code (components, lib, config) never imports a feature.',
  };
  const shared = restrict(
    [`${src}/components/**`, `${src}/lib/**`, `${src}/config/**`, `${src}/locales/**`],
    [spaOnly, intoApp, intoFeatures],
  );
  const features = featuresOf(app).map((feature) =>
    restrict(
      [`${src}/features/${feature}/**`],
      [
        spaOnly,
        {
          group: ['../../app/**', '../../../app/**', '../../../../app/**'],
          message: 'A feature never imports the app layer.',
        },
        {
          group: featuresOf(app)
            .filter((other) => other !== feature)
            .flatMap((other) => [`../../${other}/**`, `../../../${other}/**`, `**/features/${other}/**`]),
          message: 'A feature never imports another feature: move what both need to components/ or lib/.',
        },
      ],
    ),
  );
  return [shared, ...features];
}

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', '**/generated/**', '.data/**', '.tools/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['apps/web/**/*.tsx', 'apps/console/**/*.tsx', 'packages/ui/**/*.tsx'],
    plugins: { 'jsx-a11y': jsxA11y, 'react-hooks': reactHooks },
    rules: { ...jsxA11y.configs.strict.rules, ...reactHooks.configs.recommended.rules },
  },
  // Packages: contracts ← security ← db ← api; ui sits beside contracts for the two SPAs.
  restrict(
    ['packages/contracts/**'],
    [
      noApps,
      packageRule(
        ['@cos/security', '@cos/db', '@cos/ui', '**/packages/**'],
        'contracts imports no other package: it is the bottom layer.',
      ),
    ],
  ),
  restrict(
    ['packages/security/**'],
    [
      noApps,
      packageRule(
        ['@cos/db', '@cos/ui', '**/packages/db/**', '**/packages/ui/**'],
        'security may import only contracts.',
      ),
    ],
  ),
  restrict(
    ['packages/db/**'],
    [
      noApps,
      packageRule(['@cos/ui', '**/packages/ui/**'], 'db may import contracts and security, never ui.'),
    ],
  ),
  restrict(
    ['packages/ui/**'],
    [
      noApps,
      packageRule(
        ['@cos/security', '@cos/db', '**/packages/db/**', '**/packages/security/**'],
        'ui (browser code) may import only contracts.',
      ),
    ],
  ),
  // The API: plugins, lib and the identity core sit beneath the features and never import one.
  restrict(
    ['apps/api/src/plugins/**', 'apps/api/src/lib/**', 'apps/api/src/identity/**'],
    [
      {
        group: ['**/features/**'],
        message: 'plugins/, lib/ and identity/ never import a feature (features/README.md).',
      },
    ],
  ),
  // The SPAs run in the browser: no server package (repeated in each rule below, as a later rule for
  // the same files replaces an earlier one).
  restrict(['apps/web/src/**', 'apps/console/src/**'], [spaOnly]),
  ...spaBoundaries('web'),
  ...spaBoundaries('console'),
);
