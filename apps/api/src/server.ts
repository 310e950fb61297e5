// Start-up and shutdown, nothing else: configuration, database (embedded when DATABASE_URL is
// unset), migrations, demo seed, listen; on SIGTERM/SIGINT finish in-flight requests, refuse new
// ones, close the pool and stop the embedded database.
import { createDb, migrate, seedDemoDataIfEmpty, startEmbeddedPostgres } from '@cos/db';
import {
  createFieldCipher,
  createSsnCipher,
  parseSecurityPolicy,
  policyOverridesFromEnv,
  resolveSecrets,
} from '@cos/security';
import closeWithGrace from 'close-with-grace';
import { prettifyError, ZodError } from 'zod';
import { buildApp } from './app.ts';
import { createLocalDocumentStorage } from './lib/document-storage.ts';
import { EnvError, loadEnv } from './env.ts';
import { builtApps } from './lib/paths.ts';
import { printBanner } from './lib/banner.ts';

// Kept outside main() so a failed start still stops the database it started.
let embedded: Awaited<ReturnType<typeof startEmbeddedPostgres>> | undefined;

async function main() {
  const env = loadEnv();
  // Validated before anything starts: a typo or a too-weak override stops start-up here.
  const policy = parseSecurityPolicy(policyOverridesFromEnv(env.policyOverrides));
  if (!env.DATABASE_URL) embedded = await startEmbeddedPostgres({ dataDir: `${env.dataDir}/pg` });
  const databaseUrl = env.DATABASE_URL ?? embedded?.url;
  if (!databaseUrl) throw new Error('no database');

  const migrationLog = {
    info: (message: string) => console.log(`[migrate] ${message}`),
    warn: (message: string) => console.warn(`[migrate] ${message}`),
    error: (message: string) => console.error(`[migrate] ${message}`),
  };
  await migrate({ url: databaseUrl, log: migrationLog });
  const db = createDb({
    url: databaseUrl,
    poolMax: env.DB_POOL_MAX,
    connectionTimeoutMs: env.DB_CONNECT_TIMEOUT_MS,
    statementTimeoutMs: env.DB_STATEMENT_TIMEOUT_MS,
  });
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
  const ssnCipher = createSsnCipher({ encryptionKey: secrets.ssnEncryptionKey, hashKey: secrets.ssnHashKey });
  const fieldCipher = createFieldCipher(secrets.fieldEncryptionKey);

  let seeded: 'seeded' | 'skipped' | 'disabled' = 'disabled';
  if (env.NODE_ENV !== 'production' && env.SEED_DEMO_DATA) {
    seeded = await seedDemoDataIfEmpty(db.prisma, { ssnCipher, fieldCipher, nodeEnv: env.NODE_ENV });
  }

  const app = await buildApp({
    db,
    secrets,
    policy,
    logLevel: env.LOG_LEVEL,
    trustProxy: env.TRUST_PROXY,
    // Uploaded documents: on disk in the data folder, never under the served apps.
    documentStorage: createLocalDocumentStorage(`${env.dataDir}/documents`, [
      builtApps.web,
      builtApps.console,
    ]),
    serveApps: env.SERVE_APPS ? { webDir: builtApps.web, consoleDir: builtApps.console } : false,
    // No real card processor exists yet: in production Make Payment is refused rather than faked.
    allowTestPaymentProcessor: env.NODE_ENV !== 'production',
    relyingParty: env.relyingParty,
  });

  closeWithGrace({ delay: 15_000 }, async ({ signal, err }) => {
    if (err) app.log.error({ err }, 'shutting down after an error');
    else app.log.info({ signal }, 'shutting down');
    await app.close();
    await db.close();
    await embedded?.stop();
  });

  await app.listen({ port: env.PORT, host: env.HOST });
  printBanner({
    port: env.PORT,
    embeddedDataDir: embedded ? `${env.dataDir}/pg` : undefined,
    seeded,
    nodeEnv: env.NODE_ENV,
  });
}

main().catch(async (error: unknown) => {
  if (error instanceof EnvError) console.error(error.message);
  else if (error instanceof ZodError)
    console.error(`Invalid security policy (POLICY_* variables):\n${prettifyError(error)}`);
  else console.error('Start-up failed:', error instanceof Error ? error.message : error);
  await embedded?.stop().catch(() => undefined);
  process.exit(1);
});
