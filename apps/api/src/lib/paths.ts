import { resolve } from 'node:path';

// Set to true by the production build (scripts/build-api.mjs defines it); undefined when the
// server runs from source. The bundle carries the migrations and the built apps beside itself
// (apps/api/dist/, and so the deploy folder), because the repository is not there at run time.
declare const __COS_BUNDLE__: boolean | undefined;
const bundled = typeof __COS_BUNDLE__ !== 'undefined' && __COS_BUNDLE__;

/**
 * The workspace root when running from source. In the bundle, the folder relative paths such as
 * DATA_DIR are resolved against: the working directory (the repository for `npm start`, /app in the
 * image).
 */
export const repoRoot = bundled ? process.cwd() : resolve(import.meta.dirname, '../../../..');

const distDir = bundled ? import.meta.dirname : undefined;

export const builtApps = {
  web: distDir ? resolve(distDir, 'public/web') : resolve(repoRoot, 'apps/web/dist'),
  console: distDir ? resolve(distDir, 'public/console') : resolve(repoRoot, 'apps/console/dist'),
};

/** The SQL migrations (Prisma's layout). */
export const migrationsDir = distDir
  ? resolve(distDir, 'migrations')
  : resolve(repoRoot, 'prisma/migrations');
