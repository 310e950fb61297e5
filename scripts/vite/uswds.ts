// Where Sass finds USWDS's source packages (`@use 'uswds-core'`, `@forward 'usa-alert'`…), for the
// trimmed theme both apps compile (packages/ui/src/styles/uswds-theme.scss,
// docs/decisions/0009-page-weight.md). Resolved from @cos/ui, which depends on @uswds/uswds (its
// package exports no package.json, so the folder is found from its main script).
import { createRequire } from 'node:module';
import { join } from 'node:path';

const fromUi = createRequire(join(import.meta.dirname, '..', '..', 'packages', 'ui', 'package.json'));
// …/@uswds/uswds/dist/js/uswds.min.js → …/@uswds/uswds/packages
const uswdsPackages = join(fromUi.resolve('@uswds/uswds'), '..', '..', '..', 'packages');

export const uswdsSass = {
  loadPaths: [uswdsPackages],
  // USWDS's Sass still uses a few deprecated forms (slash division, global built-ins): its
  // concern, not ours, and hundreds of lines of noise in every build.
  quietDeps: true,
};
