// Start-up for real: the server process refusing a production configuration (one line, exit 1,
// before anything starts), and startServer() on an empty external database, which must come up
// migrated with no demo person or staff user in it — and, in production, without the API docs.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { createTestDatabase, type TestDatabase } from '@cos/db/testing';
import type { Logger } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadEnv } from './env.ts';
import { createProcessLogger } from './lib/logger.ts';
import { startServer, type RunningServer } from './start.ts';
import { testSecrets } from './testing/test-app.ts';

const root = resolve(import.meta.dirname, '../../..');
const base64Keys = {
  JWT_SECRET: testSecrets.jwtSecret.toString('base64'),
  SSN_ENCRYPTION_KEY: testSecrets.ssnEncryptionKey.toString('base64'),
  SSN_HASH_KEY: testSecrets.ssnHashKey.toString('base64'),
  FIELD_ENCRYPTION_KEY: testSecrets.fieldEncryptionKey.toString('base64'),
};

/** Runs the real server entry point (from source) to its exit. */
function runServer(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((done, fail) => {
    // Only PATH is inherited: a developer's DATABASE_URL or keys must not leak into the check.
    const child = spawn(process.execPath, ['--import', 'tsx', 'apps/api/src/server.ts'], {
      cwd: root,
      env: { PATH: process.env.PATH ?? '', PORT: '0', METRICS_PORT: '0', HOST: '127.0.0.1', ...env },
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      fail(new Error(`the server did not exit: ${output}`));
    }, 80_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      done({ code, output });
    });
  });
}

describe('the server process with NODE_ENV=production', () => {
  it('refuses to start without DATABASE_URL or without a key: one line naming the variable, exit 1', async () => {
    const [noDatabase, noKeys] = await Promise.all([
      runServer({ NODE_ENV: 'production', ...base64Keys }),
      runServer({ NODE_ENV: 'production', DATABASE_URL: 'postgresql://cos@127.0.0.1:1/cos' }),
    ]);
    for (const [result, variable] of [
      [noDatabase, 'DATABASE_URL'],
      [noKeys, 'JWT_SECRET'],
    ] as const) {
      expect(result.code, result.output).toBe(1);
      const lines = result.output.trim().split('\n');
      expect(lines, result.output).toHaveLength(1);
      const { msg, level } = JSON.parse(lines[0] ?? '{}') as { msg: string; level: number };
      expect(level).toBe(60);
      expect(msg).toContain(variable);
      expect(msg).toMatch(/^Refusing to start: /);
    }
  }, 120_000);
});

/**
 * /api/ready until it answers 200: right after start-up on a busy machine the load shedding
 * (plugins/external/under-pressure.ts) may refuse the first requests.
 */
async function ready(base: string): Promise<number> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const status = (await fetch(`${base}/api/ready`)).status;
    if (status === 200 || Date.now() > deadline) return status;
    await new Promise((wait) => setTimeout(wait, 200));
  }
}

describe('startServer on an empty external database', () => {
  let database: TestDatabase;
  let log: Logger;
  const started: RunningServer[] = [];
  beforeAll(async () => {
    database = await createTestDatabase({ migrated: false });
    log = createProcessLogger('silent');
  });
  afterAll(async () => {
    for (const server of started) await server.close();
    await database?.drop();
  });

  const start = async (env: Record<string, string>) => {
    const server = await startServer(
      loadEnv({ DATABASE_URL: database.url, PORT: '0', METRICS_PORT: '0', HOST: '127.0.0.1', ...env }),
      log,
    );
    started.push(server);
    return server;
  };

  it('migrates, serves, and seeds nothing without SEED_DEMO_DATA (development)', async () => {
    const server = await start({ NODE_ENV: 'development', DATA_DIR: resolve(root, '.data', 'start-test') });
    expect(server.seeded).toBe('disabled');
    expect(await database.db.prisma.person.count()).toBe(0);
    expect(await database.db.prisma.staffUser.count()).toBe(0);
    expect(await ready(`http://127.0.0.1:${server.port}`)).toBe(200);
    expect((await fetch(`http://127.0.0.1:${server.port}/api/docs/`)).status).toBe(200);
    const metrics = await fetch(`http://127.0.0.1:${server.metricsPort}/metrics`);
    expect(await metrics.text()).toMatch(
      /http_request_duration_seconds_count\{method="GET",route="\/api\/ready"/,
    );
    await server.close();
  });

  it('in production: no demo data either, and /api/docs and /api/openapi.json are 404', async () => {
    // A relay address is required in production; nothing is sent to it in this test.
    const server = await start({ NODE_ENV: 'production', SMTP_URL: 'smtp://127.0.0.1:2525', ...base64Keys });
    expect(server.seeded).toBe('disabled');
    expect(await database.db.prisma.person.count()).toBe(0);
    expect(await database.db.prisma.staffUser.count()).toBe(0);
    const base = `http://127.0.0.1:${server.port}`;
    expect(await ready(base)).toBe(200);
    expect((await fetch(`${base}/api/docs/`)).status).toBe(404);
    expect((await fetch(`${base}/api/openapi.json`)).status).toBe(404);
  });
});
