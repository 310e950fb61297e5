// vitest globalSetup of the `api` project: one PostgreSQL server per run and one migrated template
// database; each test file then copies the template (see ../testing.ts), so files run in parallel
// without seeing each other's rows. CI points TEST_DATABASE_URL at the machine's PostgreSQL 15 to
// prove the project works on a server it did not start.
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres } from '../embedded.ts';
import { migrate } from '../migrate.ts';
import { clearStalePostmaster } from '../stale-postmaster.ts';
import { TEMPLATE_DATABASE, withDatabase } from './provided-context.ts';

const dataRoot = fileURLToPath(new URL('../../../../.data/', import.meta.url));
const CLUSTER_PREFIX = 'test-pg-';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await acquireServer();
  try {
    await recreateTemplate(server.adminUrl);
  } catch (error) {
    await server.release();
    throw error;
  }
  project.provide('pgAdminUrl', server.adminUrl);
  return server.release;
}

type TestServer = { adminUrl: string; release: () => Promise<void> };

async function acquireServer(): Promise<TestServer> {
  const external = process.env.TEST_DATABASE_URL;
  if (external) {
    const dropTemplate = (admin: pg.Client) =>
      admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DATABASE} WITH (FORCE)`);
    const release = async (): Promise<void> => {
      await withAdmin(external, dropTemplate);
    };
    return { adminUrl: external, release };
  }
  await removeAbandonedClusters();
  const dataDir = join(dataRoot, `${CLUSTER_PREFIX}${process.pid}`);
  const startedAt = performance.now();
  const server = await startEmbeddedPostgres({ dataDir, unsafeFastWrites: true });
  console.info(
    `embedded PostgreSQL for tests ready on port ${server.port} in ${Math.round(performance.now() - startedAt)} ms`,
  );
  const release = async (): Promise<void> => {
    await server.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
  return { adminUrl: server.url, release };
}

// Dropped and rebuilt every run, so the template always matches the migrations on disk.
async function recreateTemplate(adminUrl: string): Promise<void> {
  await withAdmin(adminUrl, async (admin) => {
    await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DATABASE} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${TEMPLATE_DATABASE}`);
  });
  await migrate({ url: withDatabase(adminUrl, TEMPLATE_DATABASE) });
}

async function withAdmin<T>(adminUrl: string, work: (admin: pg.Client) => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 10_000 });
  admin.on('error', () => {});
  await admin.connect();
  try {
    return await work(admin);
  } finally {
    await admin.end();
  }
}

// A run killed with SIGKILL leaves its cluster folder behind, and often its postgres still running.
async function removeAbandonedClusters(): Promise<void> {
  const names = await readdir(dataRoot).catch(() => []);
  for (const name of names.filter((entry) => entry.startsWith(CLUSTER_PREFIX))) {
    const ownerPid = Number.parseInt(name.slice(CLUSTER_PREFIX.length), 10);
    if (Number.isInteger(ownerPid) && isAlive(ownerPid)) continue;
    const dir = join(dataRoot, name);
    await clearStalePostmaster(dir, () => {}).catch(() => {});
    await rm(dir, { recursive: true, force: true });
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
