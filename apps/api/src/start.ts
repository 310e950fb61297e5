// Start-up as a function the entry points and the tests share: configuration already parsed,
// database (embedded only outside production, when DATABASE_URL is unset), migrations (unless
// MIGRATE_ON_START=false), the demo seed where it is allowed, the API on its port and the metrics
// on theirs. Returns a handle whose close() undoes all of it in reverse order.
import { createDb, migrate, seedDemoDataIfEmpty, startEmbeddedPostgres, type Db } from '@cos/db';
import {
  argon2InFlight,
  createFieldCipher,
  createSsnCipher,
  parseSecurityPolicy,
  policyOverridesFromEnv,
  resolveSecrets,
} from '@cos/security';
import type { Logger } from 'pino';
import { buildApp, type App } from './app.ts';
import { shouldSeedDemoData, type Env } from './env.ts';
import { argon2GateStats } from './identity/argon2-gate.ts';
import { configuredDocumentStorage } from './lib/document-storage/configured.ts';
import { systemClock } from './lib/clock.ts';
import { transportFromEnv } from './email/transport-from-env.ts';
import { migrationLogger } from './lib/logger.ts';
import { createMetrics, startMetricsServer, type MetricsServer } from './lib/metrics.ts';
import { builtApps, migrationsDir } from './lib/paths.ts';

export interface RunningServer {
  app: App;
  port: number;
  metricsPort: number;
  /** Set when this process started the embedded database (development). */
  embeddedDataDir: string | undefined;
  seeded: 'seeded' | 'skipped' | 'disabled';
  close: () => Promise<void>;
}

export async function startServer(env: Env, log: Logger): Promise<RunningServer> {
  const production = env.NODE_ENV === 'production';
  // Validated before anything starts: a typo or a too-weak override stops start-up here.
  const policy = parseSecurityPolicy(policyOverridesFromEnv(env.policyOverrides));
  const cleanups: Array<() => Promise<void>> = [];
  const close = async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => undefined);
  };
  try {
    let databaseUrl = env.DATABASE_URL;
    let embeddedDataDir: string | undefined;
    if (!databaseUrl) {
      // loadEnv refuses production without DATABASE_URL; this is the development convenience.
      embeddedDataDir = `${env.dataDir}/pg`;
      const embedded = await startEmbeddedPostgres({ dataDir: embeddedDataDir });
      cleanups.push(() => embedded.stop());
      databaseUrl = embedded.url;
    }
    // Split roles: the owner migrates (MIGRATE_DATABASE_URL), the runtime login that owns nothing
    // serves requests (docs/security.md, "Two database roles").
    if (env.MIGRATE_ON_START)
      await migrate({
        url: env.MIGRATE_DATABASE_URL ?? databaseUrl,
        migrationsDir,
        log: migrationLogger(log),
      });
    else log.info('MIGRATE_ON_START=false: migrations are left to the migrate command');

    const db: Db = createDb({
      url: databaseUrl,
      poolMax: env.DB_POOL_MAX,
      connectionTimeoutMs: env.DB_CONNECT_TIMEOUT_MS,
      statementTimeoutMs: env.DB_STATEMENT_TIMEOUT_MS,
      onError: (error) => log.error({ err: error }, 'database connection error'),
    });
    cleanups.push(() => db.close());
    const secrets = resolveSecrets({
      nodeEnv: env.NODE_ENV,
      dataDir: env.dataDir,
      provided: {
        jwtSecret: env.JWT_SECRET,
        ssnEncryptionKey: env.SSN_ENCRYPTION_KEY,
        ssnHashKey: env.SSN_HASH_KEY,
        fieldEncryptionKey: env.FIELD_ENCRYPTION_KEY,
      },
    });

    let seeded: RunningServer['seeded'] = 'disabled';
    if (shouldSeedDemoData(env, embeddedDataDir !== undefined)) {
      const ssnCipher = createSsnCipher({
        encryptionKey: secrets.ssnEncryptionKey,
        hashKey: secrets.ssnHashKey,
      });
      const fieldCipher = createFieldCipher(secrets.fieldEncryptionKey);
      seeded = await seedDemoDataIfEmpty(db.prisma, { ssnCipher, fieldCipher, nodeEnv: env.NODE_ENV });
    }

    const metrics = createMetrics({ db, argon2InFlight, argon2Gate: argon2GateStats });
    const app = await buildApp({
      db,
      secrets,
      policy,
      logLevel: env.LOG_LEVEL,
      trustProxy: env.TRUST_PROXY,
      origins: { portal: env.PORTAL_ORIGIN, console: env.CONSOLE_ORIGIN },
      hostPrefixedCookies: env.COOKIE_SECURE ?? production,
      metrics,
      apiDocs: !production,
      refuseDemoStaff: production,
      // Uploaded documents: in the database or an S3 bucket, so every instance serves every file.
      documentStorage: configuredDocumentStorage(env, { pool: db.pool, clock: systemClock }),
      serveApps: env.SERVE_APPS ? { webDir: builtApps.web, consoleDir: builtApps.console } : false,
      // No real card processor exists yet: in production Make Payment is refused rather than faked.
      // Elsewhere the labelled test processor runs as its own server on its own port.
      allowTestPaymentProcessor: !production,
      relyingParty: env.relyingParty,
      // Jobs and the outbox sender run here unless WORKER=separate (then `pnpm worker` runs them).
      jobs: {
        databaseUrl,
        transport: transportFromEnv(env),
        work: env.WORKER === 'inline',
        outboxPollMs: env.OUTBOX_POLL_MS,
      },
      testProcessorPort: env.TEST_PROCESSOR_PORT,
      ...(env.PAYMENT_TIMEOUT_MS ? { paymentTimeoutMs: env.PAYMENT_TIMEOUT_MS } : {}),
      ...(env.PAYMENT_WEBHOOK_SECRET ? { paymentWebhookSecret: env.PAYMENT_WEBHOOK_SECRET } : {}),
    });
    cleanups.push(() => app.close());
    await app.listen({ port: env.PORT, host: env.HOST });

    let metricsServer: MetricsServer;
    try {
      metricsServer = await startMetricsServer({
        registry: metrics.registry,
        host: env.METRICS_HOST,
        port: env.METRICS_PORT,
      });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new Error(
        `METRICS_PORT ${env.METRICS_PORT} on METRICS_HOST ${env.METRICS_HOST} cannot be used (${reason}); choose another, or 0 for any free port`,
        { cause: error },
      );
    }
    cleanups.push(() => metricsServer.close());
    log.info({ metricsHost: env.METRICS_HOST, metricsPort: metricsServer.port }, 'metrics listening');

    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : env.PORT;
    return { app, port, metricsPort: metricsServer.port, embeddedDataDir, seeded, close };
  } catch (error) {
    await close();
    throw error;
  }
}
