// Where the data goes: --database-url / DATABASE_URL, or the embedded PostgreSQL in .data/pg that
// `npm start` uses (started here, stopped at the end). Either way the schema is migrated first and
// the demo data (security questions, offices, notices) is seeded into an empty database, so the
// synthetic accounts have questions to answer and offices to belong to.
import { join, resolve } from 'node:path';
import { createDb, migrate, seedDemoDataIfEmpty, startEmbeddedPostgres } from '@cos/db';
import { createFieldCipher, createSsnCipher, resolveSecrets, type SsnCipher } from '@cos/security';

export type Target = {
  url: string;
  ssnCipher: SsnCipher;
  offices: { id: string; county: string }[];
  demoData: 'seeded' | 'skipped' | 'not in production';
  stop: () => Promise<void>;
};

export async function openTarget(options: {
  databaseUrl: string | undefined;
  repoRoot: string;
  env: Readonly<Record<string, string | undefined>>;
  log: (line: string) => void;
}): Promise<Target> {
  const { databaseUrl, repoRoot, env, log } = options;
  // Resolved like the API's DATA_DIR: relative to the repository, or absolute.
  const dataDir = resolve(repoRoot, env.DATA_DIR ?? '.data');
  const embedded = databaseUrl ? undefined : await startEmbedded(join(dataDir, 'pg'), log);
  const url = databaseUrl ?? embedded?.url;
  if (!url) throw new Error('No database URL');
  const stop = async () => embedded?.stop();
  try {
    await migrate({ url, log: { info: log, warn: log, error: log } });
    // The same keys as the API, so it can decrypt and look up the SSNs written here.
    const nodeEnv = env.NODE_ENV ?? 'development';
    const secrets = resolveSecrets({
      nodeEnv,
      dataDir,
      provided: {
        jwtSecret: env.JWT_SECRET,
        ssnEncryptionKey: env.SSN_ENCRYPTION_KEY,
        ssnHashKey: env.SSN_HASH_KEY,
        fieldEncryptionKey: env.FIELD_ENCRYPTION_KEY,
      },
    });
    const ssnCipher = createSsnCipher({
      encryptionKey: secrets.ssnEncryptionKey,
      hashKey: secrets.ssnHashKey,
    });
    const db = createDb({ url, applicationName: 'cos-data-generator', statementTimeoutMs: 600_000 });
    try {
      const demoData =
        nodeEnv === 'production'
          ? 'not in production'
          : await seedDemoDataIfEmpty(db.prisma, {
              ssnCipher,
              fieldCipher: createFieldCipher(secrets.fieldEncryptionKey),
              nodeEnv,
            });
      const offices = await db.prisma.office.findMany({
        select: { id: true, county: true },
        orderBy: { name: 'asc' },
      });
      return { url, ssnCipher, offices, demoData, stop };
    } finally {
      await db.close();
    }
  } catch (error) {
    await stop();
    throw error;
  }
}

async function startEmbedded(dataDir: string, log: (line: string) => void) {
  log(`No --database-url or DATABASE_URL: starting the embedded PostgreSQL in ${dataDir}`);
  try {
    return await startEmbeddedPostgres({ dataDir });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(
      `Could not start the embedded PostgreSQL (is \`npm start\` running on the same data folder? Stop it or pass --database-url): ${reason}`,
      { cause: error },
    );
  }
}
