// `node dist/migrate.js` (`pnpm migrate`): apply pending migrations to MIGRATE_DATABASE_URL (the
// schema owner) or else DATABASE_URL, and exit, for a
// release job or an init container; the instances then start with MIGRATE_ON_START=false. Safe to
// run beside a starting instance: both take the same advisory lock (packages/db migrate.ts).
import { migrate } from '@cos/db';
import { EnvError, loadMigrateEnv } from './env.ts';
import { createProcessLogger, migrationLogger } from './lib/logger.ts';
import { migrationsDir } from './lib/paths.ts';

let log = createProcessLogger('info');
try {
  const env = loadMigrateEnv();
  log = createProcessLogger(env.LOG_LEVEL);
  const url = env.MIGRATE_DATABASE_URL ?? env.DATABASE_URL ?? '';
  const { applied } = await migrate({ url, migrationsDir, log: migrationLogger(log) });
  log.info({ applied: applied.length }, 'migrations done');
} catch (error) {
  log.fatal(
    error instanceof EnvError
      ? error.message
      : `Migration failed: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exitCode = 1;
}
