import { resolve } from 'node:path';

/** The workspace root, whatever the current directory is when the server starts. */
export const repoRoot = resolve(import.meta.dirname, '../../../..');

export const builtApps = {
  web: resolve(repoRoot, 'apps/web/dist'),
  console: resolve(repoRoot, 'apps/console/dist'),
};
