// The worker process (`pnpm worker`, `node dist/worker.js`): the job runner and the outbox sender
// alone, for an agency that scales them apart from the API (which then runs with WORKER=separate).
// It needs a DATABASE_URL the API also uses (no embedded database of its own) and migrates nothing:
// the API applies migrations. SIGTERM/SIGINT let running jobs finish, then stop.
import { createDb } from '@cos/db';
import { parseSecurityPolicy, policyOverridesFromEnv } from '@cos/security';
import closeWithGrace from 'close-with-grace';
import pino from 'pino';
import { transportFromEnv } from './email/transport-from-env.ts';
import { EnvError, loadEnv } from './env.ts';
import { startJobRunner } from './jobs/runner.ts';
import { systemClock } from './lib/clock.ts';
import { redactPaths } from './lib/logger.ts';

async function main() {
  const env = loadEnv();
  const policy = parseSecurityPolicy(policyOverridesFromEnv(env.policyOverrides));
  if (!env.DATABASE_URL)
    throw new EnvError("DATABASE_URL: required by the worker process (the API's database)");
  const log = pino({ level: env.LOG_LEVEL, redact: { paths: redactPaths, censor: '[redacted]' } });
  const db = createDb({
    url: env.DATABASE_URL,
    poolMax: Math.min(env.DB_POOL_MAX, 5),
    connectionTimeoutMs: env.DB_CONNECT_TIMEOUT_MS,
    statementTimeoutMs: env.DB_STATEMENT_TIMEOUT_MS,
  });
  const runner = await startJobRunner({
    databaseUrl: env.DATABASE_URL,
    work: true,
    outboxPollMs: env.OUTBOX_POLL_MS,
    deps: {
      db: db.prisma,
      clock: systemClock,
      policy,
      transport: transportFromEnv(env),
      // No real card processor adapter exists yet (lib/payment-processor.ts); the test double is a
      // server the API process starts, so a separate worker has no processor to reconcile with.
      paymentProcessor: null,
      log,
    },
    log,
  });
  closeWithGrace({ delay: 30_000 }, async ({ signal, err }) => {
    if (err) log.error({ err }, 'worker stopping after an error');
    else log.info({ signal }, 'worker stopping');
    await runner.stop();
    await db.close();
  });
}

main().catch((error: unknown) => {
  console.error(
    error instanceof EnvError ? error.message : 'Worker start-up failed:',
    error instanceof EnvError ? '' : error,
  );
  process.exit(1);
});
