// Applies pending migrations at start-up the way `prisma migrate deploy` does (PLATFORM.md: the
// schema engine cannot be downloaded here), writing the same `_prisma_migrations` rows, so an
// operator can use either tool on the same database.
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { defaultMigrationsDir, readMigrationFiles, type MigrationFile } from './migration-files.ts';

export type MigrateLogger = {
  info: (message: string) => void;
  warn: (message: string) => void;
  error: (message: string) => void;
};

export type MigrateOptions = {
  url: string;
  migrationsDir?: string;
  log?: MigrateLogger;
  /** How long to wait for another process that is migrating the same database. */
  lockTimeoutMs?: number;
};

export class MigrationError extends Error {
  readonly migrationName: string;
  constructor(migrationName: string, message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'MigrationError';
    this.migrationName = migrationName;
  }
}

// The key Prisma's schema engine locks, so our runner and `prisma migrate` exclude each other too.
const PRISMA_ADVISORY_LOCK_KEY = 72707369;

// Prisma's own DDL for its bookkeeping table.
const CREATE_MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

type AppliedRow = {
  migration_name: string;
  checksum: string;
  started_at: Date;
  finished_at: Date | null;
  rolled_back_at: Date | null;
};

const silent: MigrateLogger = { info: () => {}, warn: () => {}, error: () => {} };

export async function migrate(options: MigrateOptions): Promise<{ applied: string[] }> {
  const { url, migrationsDir = defaultMigrationsDir, log = silent, lockTimeoutMs = 60_000 } = options;
  const files = await readMigrationFiles(migrationsDir);
  const client = new pg.Client({
    connectionString: url,
    application_name: 'cos-migrate',
    connectionTimeoutMillis: 10_000,
  });
  // A connection dropped mid-run surfaces as the failing query's error; without a listener the
  // 'error' event would crash the process instead.
  client.on('error', (error) => log.error(`migrate: connection error: ${error.message}`));
  await client.connect();
  try {
    await acquireLock(client, lockTimeoutMs);
    // Everything below runs while holding the lock, so a second process sees our finished rows.
    await client.query(CREATE_MIGRATIONS_TABLE);
    const { rows } = await client.query<AppliedRow>(
      'SELECT migration_name, checksum, started_at, finished_at, rolled_back_at FROM "_prisma_migrations" ORDER BY started_at',
    );
    refuseAfterFailedMigration(rows);
    warnAboutEditedMigrations(rows, files, log);
    const done = new Set(rows.filter((row) => row.rolled_back_at === null).map((row) => row.migration_name));
    const applied: string[] = [];
    for (const file of files.filter((candidate) => !done.has(candidate.name))) {
      await applyOne(client, file, log);
      applied.push(file.name);
    }
    log.info(
      applied.length === 0 ? 'migrate: database is up to date' : `migrate: applied ${applied.join(', ')}`,
    );
    return { applied };
  } finally {
    // Closing the session releases the advisory lock even if the unlock itself fails.
    await client.query('SELECT pg_advisory_unlock($1)', [PRISMA_ADVISORY_LOCK_KEY]).catch(() => {});
    await client.end().catch(() => {});
  }
}

async function acquireLock(client: pg.Client, lockTimeoutMs: number): Promise<void> {
  await client.query(`SET lock_timeout = ${Math.max(1, Math.floor(lockTimeoutMs))}`);
  try {
    await client.query('SELECT pg_advisory_lock($1)', [PRISMA_ADVISORY_LOCK_KEY]);
  } catch (error) {
    const timedOut = error instanceof Error && 'code' in error && error.code === '55P03';
    if (!timedOut) throw error;
    throw new Error(
      `Timed out after ${lockTimeoutMs} ms waiting for another process to finish migrating (pg_advisory_lock(${PRISMA_ADVISORY_LOCK_KEY}))`,
      { cause: error },
    );
  }
  await client.query('RESET lock_timeout');
}

// Prisma (P3009) stops when a migration started and neither finished nor was marked rolled back:
// the database may be half-changed and a person has to decide.
function refuseAfterFailedMigration(rows: AppliedRow[]): void {
  const failed = rows.find((row) => row.finished_at === null && row.rolled_back_at === null);
  if (failed === undefined) return;
  throw new MigrationError(
    failed.migration_name,
    `Found a failed migration in the target database; new migrations will not be applied. ` +
      `The \`${failed.migration_name}\` migration started at ${failed.started_at.toISOString()} failed. ` +
      `Fix the cause, then mark it rolled back (\`prisma migrate resolve --rolled-back ${failed.migration_name}\`, or ` +
      `UPDATE "_prisma_migrations" SET rolled_back_at = now() WHERE migration_name = '${failed.migration_name}' AND finished_at IS NULL) ` +
      `and start again. See https://pris.ly/d/migrate-resolve`,
  );
}

function warnAboutEditedMigrations(rows: AppliedRow[], files: MigrationFile[], log: MigrateLogger): void {
  const byName = new Map(files.map((file) => [file.name, file]));
  for (const row of rows) {
    if (row.finished_at === null || row.rolled_back_at !== null) continue;
    const file = byName.get(row.migration_name);
    if (file === undefined) {
      log.warn(
        `migrate: ${row.migration_name} is applied to the database but missing from the migrations folder`,
      );
    } else if (file.checksum !== row.checksum) {
      log.warn(
        `migrate: ${row.migration_name} was modified after it was applied (checksum differs); edit migrations by adding new ones`,
      );
    }
  }
}

// Like Prisma: the "started" row is committed first, so a crash or failure leaves a visible failed
// record; the script and the "finished" bookkeeping commit together or not at all.
async function applyOne(client: pg.Client, file: MigrationFile, log: MigrateLogger): Promise<void> {
  const id = randomUUID();
  await client.query(
    'INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count) VALUES ($1, $2, $3, now(), 0)',
    [id, file.checksum, file.name],
  );
  try {
    await client.query('BEGIN');
    await client.query(file.script);
    await client.query(
      'UPDATE "_prisma_migrations" SET applied_steps_count = applied_steps_count + 1, finished_at = clock_timestamp() WHERE id = $1',
      [id],
    );
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    const logs = describeDatabaseError(file.name, error);
    await client.query('UPDATE "_prisma_migrations" SET logs = $2 WHERE id = $1', [id, logs]).catch(() => {});
    log.error(`migrate: ${logs}`);
    throw new MigrationError(file.name, `Migration ${file.name} failed and was rolled back. ${logs}`, {
      cause: error,
    });
  }
}

function describeDatabaseError(name: string, error: unknown): string {
  if (!(error instanceof Error)) return `Migration name: ${name}\n\nDatabase error:\n${String(error)}`;
  const code =
    'code' in error && typeof error.code === 'string' ? `\n\nDatabase error code: ${error.code}` : '';
  return `Migration name: ${name}${code}\n\nDatabase error:\nERROR: ${error.message}`;
}
