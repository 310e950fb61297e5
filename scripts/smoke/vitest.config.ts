// `pnpm test:smoke`: the production smoke test alone (scripts/smoke/production.smoke.ts), with the
// same PostgreSQL as the API tests (embedded, or TEST_DATABASE_URL). Not part of the default vitest
// projects: it needs the production build (`pnpm build`) first.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: fileURLToPath(new URL('../..', import.meta.url)),
    include: ['scripts/smoke/*.smoke.ts'],
    globalSetup: ['packages/db/src/testing/global-setup.ts'],
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
