// The processes a benchmark measures: the real API (its own process, built exactly as `npm start`
// runs it, on a database given by DATABASE_URL or a fresh embedded one) and a bare Fastify server
// answering a fixed JSON body, the ceiling any route of ours is compared against.
import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');

/** A loopback port free right now: the machine is shared, so no benchmark takes a fixed one. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export interface RunningServer {
  url: string;
  stop(): Promise<void>;
}

async function waitFor(url: string, child: ChildProcess, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} not ready after ${timeoutMs} ms`);
}

function stopper(child: ChildProcess): () => Promise<void> {
  return () =>
    new Promise((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
}

/**
 * Starts the API. Without `dataDir` it gets a fresh embedded database with the demo data
 * (.data/bench, wiped first); with one (e.g. a large generated data set) that folder is kept.
 */
export async function startApi(
  port: number,
  options: { dataDir?: string; env?: Record<string, string> } = {},
): Promise<RunningServer> {
  const dataDir = options.dataDir ? join(root, options.dataDir) : join(root, '.data', 'bench');
  if (!options.dataDir && !process.env.DATABASE_URL) rmSync(dataDir, { recursive: true, force: true });
  const env = options.env ?? {};
  const child = spawn('node', ['--import', 'tsx', 'apps/api/src/server.ts'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      NODE_ENV: 'test',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      SERVE_APPS: 'false',
      // Any free port: several servers (and other checkouts) share this machine.
      METRICS_PORT: '0',
      POLICY_IP_THROTTLE_MAX_REQUESTS: '100000',
      ...env,
    },
  });
  const url = `http://127.0.0.1:${port}`;
  await waitFor(`${url}/api/ready`, child);
  return { url, stop: stopper(child) };
}

export async function startBare(port: number, body: unknown): Promise<RunningServer> {
  const child = spawn('node', ['--import', 'tsx', join(import.meta.dirname, 'bare-server.ts')], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, PORT: String(port), BODY: JSON.stringify(body) },
  });
  const url = `http://127.0.0.1:${port}`;
  await waitFor(`${url}/bare`, child);
  return { url, stop: stopper(child) };
}

/** The case detail's data floor (data-floor-server.ts) on the given database. */
export async function startDataFloor(port: number, databaseUrl: string): Promise<RunningServer> {
  const child = spawn('node', ['--import', 'tsx', join(import.meta.dirname, 'data-floor-server.ts')], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, PORT: String(port), DATABASE_URL: databaseUrl },
  });
  const url = `http://127.0.0.1:${port}`;
  await waitFor(`${url}/ready`, child);
  return { url, stop: stopper(child) };
}
