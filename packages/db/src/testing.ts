// `@cos/db/testing`: a private database per test file, copied from the template the global setup
// migrated (testing/global-setup.ts). Copying a template takes tens of milliseconds, far less than
// migrating, and keeps parallel test files from seeing each other's rows.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { createDb, type CreateDbOptions, type Db } from './client.ts';
import { TEMPLATE_DATABASE, withDatabase } from './testing/provided-context.ts';

export type TestDatabase = {
  url: string;
  db: Db;
  /** Closes the pool and drops the database, even if a test left connections open. */
  drop: () => Promise<void>;
};

export type TestDatabaseOptions = Partial<Omit<CreateDbOptions, 'url'>> & {
  /** false: an empty database (only what PostgreSQL's template1 holds), for migration tests. */
  migrated?: boolean;
};

export async function createTestDatabase(options: TestDatabaseOptions = {}): Promise<TestDatabase> {
  const { migrated = true, ...dbOptions } = options;
  const adminUrl = inject('pgAdminUrl');
  const name = `test_${randomBytes(8).toString('hex')}`;
  const template = migrated ? TEMPLATE_DATABASE : 'template1';
  await runAsAdmin(adminUrl, `CREATE DATABASE ${name} TEMPLATE ${template}`);
  const url = withDatabase(adminUrl, name);
  const db = createDb({ poolMax: 4, applicationName: 'cos-test', ...dbOptions, url });

  let dropping: Promise<void> | undefined;
  const drop = (): Promise<void> =>
    (dropping ??= (async () => {
      await db.close();
      await runAsAdmin(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    })());
  return { url, db, drop };
}

async function runAsAdmin(adminUrl: string, sql: string): Promise<void> {
  const admin = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 10_000 });
  admin.on('error', () => {});
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}
