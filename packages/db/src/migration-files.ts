// Reads prisma/migrations in Prisma's own layout, so `prisma migrate deploy` (on a machine that has
// the schema engine) and our start-up runner see the same migrations with the same checksums.
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const defaultMigrationsDir = fileURLToPath(new URL('../../../prisma/migrations', import.meta.url));

export type MigrationFile = {
  /** The folder name, e.g. `20261122153000_init`; Prisma records it as `migration_name`. */
  name: string;
  script: string;
  /** sha256 hex of the file's bytes, as Prisma stores in `_prisma_migrations.checksum`. */
  checksum: string;
};

/** The migrations of a folder in the order Prisma applies them: folder names sorted. */
export async function readMigrationFiles(migrationsDir: string): Promise<MigrationFile[]> {
  await assertPostgresLock(migrationsDir);
  const entries = await readdir(migrationsDir, { withFileTypes: true });
  const folders = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  return Promise.all(
    folders.map(async (name) => {
      const path = join(migrationsDir, name, 'migration.sql');
      const bytes = await readFile(path).catch((error: unknown) => {
        // Prisma refuses a migration folder without its script (P3015); so do we.
        throw new Error(`Migration folder ${name} has no migration.sql (${path})`, { cause: error });
      });
      return {
        name,
        script: bytes.toString('utf8'),
        checksum: createHash('sha256').update(bytes).digest('hex'),
      };
    }),
  );
}

// Prisma refuses to apply migrations written for another database; a missing lock file is
// tolerated as Prisma does.
async function assertPostgresLock(migrationsDir: string): Promise<void> {
  const lock = await readFile(join(migrationsDir, 'migration_lock.toml'), 'utf8').catch(() => null);
  if (lock === null) return;
  const provider = /^\s*provider\s*=\s*"([^"]*)"/m.exec(lock)?.[1];
  if (provider !== undefined && provider !== 'postgresql') {
    throw new Error(
      `migration_lock.toml names provider "${provider}", but this runner only applies postgresql migrations`,
    );
  }
}
