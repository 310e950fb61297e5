// `pnpm documents:migrate`: copies documents from DATA_DIR/documents (where the API kept them
// before shared storage) into the store DOCUMENT_STORAGE names, against DATABASE_URL, then exits.
// One JSON line of figures on stdout; a non-zero exit when any copy failed its checksum.
import { createDb } from '@cos/db';
import { systemClock } from './lib/clock.ts';
import { createLocalDocumentStorage } from './lib/document-storage.ts';
import { configuredDocumentStorage } from './lib/document-storage/configured.ts';
import { migrateLocalDocuments } from './lib/document-storage/migrate-files.ts';
import { EnvError, loadEnv } from './env.ts';

async function main(): Promise<number> {
  const env = loadEnv();
  if (!env.DATABASE_URL) throw new EnvError('DATABASE_URL is required: the database whose documents to move');
  const db = createDb({ url: env.DATABASE_URL, poolMax: 2, applicationName: 'cos-documents-migrate' });
  try {
    const report = await migrateLocalDocuments({
      pool: db.pool,
      source: createLocalDocumentStorage(`${env.dataDir}/documents`),
      target: configuredDocumentStorage(env, { pool: db.pool, clock: systemClock }),
      log: (line) => process.stderr.write(`${line}\n`),
    });
    process.stdout.write(`${JSON.stringify({ target: env.DOCUMENT_STORAGE, ...report })}\n`);
    return report.mismatched.length > 0 ? 1 : 0;
  } finally {
    await db.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
