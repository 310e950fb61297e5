import { createHash } from 'node:crypto';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultMigrationsDir } from './migration-files.ts';
import { migrate, MigrationError, type MigrateLogger } from './migrate.ts';
import { createTestDatabase, type TestDatabase } from './testing.ts';

const INIT = '20261122153000_init';
const AUDIT = '20261122153100_audit_append_only';
// Every migration on disk, in order; the first two are checked by name above.
const ALL = (await readdir(defaultMigrationsDir, { withFileTypes: true }))
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();
const BROKEN = '20991231000000_broken';

type MigrationRow = {
  id: string;
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
  logs: string | null;
  applied_steps_count: number;
};

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function emptyDatabase(): Promise<TestDatabase> {
  const database = await createTestDatabase({ migrated: false });
  cleanups.push(database.drop);
  return database;
}

async function migrationsCopy(extra: Record<string, string> = {}): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'cos-migrations-'));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  await cp(defaultMigrationsDir, dir, { recursive: true });
  for (const [name, sql] of Object.entries(extra)) {
    await mkdir(join(dir, name), { recursive: true });
    await writeFile(join(dir, name, 'migration.sql'), sql);
  }
  return dir;
}

async function rows(database: TestDatabase): Promise<MigrationRow[]> {
  const result = await database.db.pool.query<MigrationRow>(
    'SELECT * FROM "_prisma_migrations" ORDER BY started_at, migration_name',
  );
  return result.rows;
}

const sha256 = async (path: string) =>
  createHash('sha256')
    .update(await readFile(path))
    .digest('hex');
const spyLogger = (): MigrateLogger => ({ info: vi.fn(), warn: vi.fn(), error: vi.fn() });

describe('migrate', () => {
  it('brings an empty database to the current schema and records it as prisma migrate deploy does', async () => {
    const database = await emptyDatabase();
    expect(ALL.slice(0, 2)).toEqual([INIT, AUDIT]);
    expect(await migrate({ url: database.url })).toEqual({ applied: ALL });

    const tables = await database.db.pool.query<{ count: string }>(
      "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'",
    );
    expect(Number(tables.rows[0]?.count)).toBe(44); // 43 models + _prisma_migrations
    const recorded = await rows(database);
    expect(recorded.map((row) => row.migration_name)).toEqual(ALL);
    for (const row of recorded) {
      expect(row.checksum).toBe(
        await sha256(join(defaultMigrationsDir, row.migration_name, 'migration.sql')),
      );
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row).toMatchObject({ rolled_back_at: null, logs: null, applied_steps_count: 1 });
      expect(row.id).toMatch(/^[0-9a-f-]{36}$/);
    }
  });

  it('applies nothing the second time', async () => {
    const database = await emptyDatabase();
    await migrate({ url: database.url });
    expect(await migrate({ url: database.url })).toEqual({ applied: [] });
    expect(await rows(database)).toHaveLength(ALL.length);
  });

  it('applies each migration once when two processes start together', async () => {
    const database = await emptyDatabase();
    const [first, second] = await Promise.all([
      migrate({ url: database.url }),
      migrate({ url: database.url }),
    ]);
    expect([...first.applied, ...second.applied].sort()).toEqual(ALL);
    expect(await rows(database)).toHaveLength(ALL.length);
  });

  it('gives up with a clear error when another process holds the migration lock too long', async () => {
    const database = await emptyDatabase();
    const holder = await database.db.pool.connect();
    try {
      await holder.query('SELECT pg_advisory_lock(72707369)');
      await expect(migrate({ url: database.url, lockTimeoutMs: 300 })).rejects.toThrow(
        /Timed out after 300 ms waiting for another process/,
      );
    } finally {
      await holder.query('SELECT pg_advisory_unlock(72707369)');
      holder.release();
    }
  });

  it('rolls a failing migration back, reports it, and blocks later runs until it is resolved, as Prisma does', async () => {
    const database = await emptyDatabase();
    const broken = 'CREATE TABLE half_done (id integer);\nSELECT * FROM no_such_table;\n';
    const dir = await migrationsCopy({ [BROKEN]: broken });
    const log = spyLogger();

    const failure = await migrate({ url: database.url, migrationsDir: dir, log }).catch(
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(MigrationError);
    expect(failure).toMatchObject({
      migrationName: BROKEN,
      message: expect.stringContaining('relation "no_such_table" does not exist'),
    });
    expect(log.error).toHaveBeenCalledWith(expect.stringContaining(BROKEN));
    const halfDone = await database.db.pool.query("SELECT to_regclass('public.half_done') AS table");
    expect(halfDone.rows[0]).toEqual({ table: null });
    const failed = (await rows(database)).find((row) => row.migration_name === BROKEN);
    expect(failed).toMatchObject({
      finished_at: null,
      rolled_back_at: null,
      applied_steps_count: 0,
      logs: expect.stringContaining('no_such_table'),
    });

    // Fixing the file is not enough: a person must mark the failed attempt rolled back (P3009).
    await writeFile(join(dir, BROKEN, 'migration.sql'), 'CREATE TABLE half_done (id integer);\n');
    await expect(migrate({ url: database.url, migrationsDir: dir })).rejects.toThrow(
      /failed migration.*20991231000000_broken/s,
    );

    await database.db.pool.query(
      `UPDATE "_prisma_migrations" SET rolled_back_at = now() WHERE migration_name = $1 AND finished_at IS NULL`,
      [BROKEN],
    );
    expect(await migrate({ url: database.url, migrationsDir: dir })).toEqual({ applied: [BROKEN] });
    const attempts = (await rows(database)).filter((row) => row.migration_name === BROKEN);
    expect(attempts.map((row) => [row.rolled_back_at !== null, row.finished_at !== null])).toEqual([
      [true, false],
      [false, true],
    ]);
  });

  it('warns when an applied migration was edited afterwards', async () => {
    const database = await emptyDatabase();
    await migrate({ url: database.url });
    const dir = await migrationsCopy();
    await writeFile(
      join(dir, INIT, 'migration.sql'),
      `${await readFile(join(dir, INIT, 'migration.sql'), 'utf8')}\n-- edited\n`,
    );
    const log = spyLogger();
    expect(await migrate({ url: database.url, migrationsDir: dir, log })).toEqual({ applied: [] });
    expect(log.warn).toHaveBeenCalledWith(
      expect.stringContaining(`${INIT} was modified after it was applied`),
    );
  });
});
