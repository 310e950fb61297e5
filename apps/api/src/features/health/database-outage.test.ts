// The database goes away while the API runs, then comes back: readiness follows it, liveness never
// wavers, requests fail fast with 503 instead of hanging, and nothing needs a restart.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDb, migrate, startEmbeddedPostgres } from '@cos/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.ts';
import { testSecrets } from '../../testing/test-app.ts';

describe('database outage', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'cos-outage-'));
  let server: Awaited<ReturnType<typeof startEmbeddedPostgres>>;
  let db: ReturnType<typeof createDb>;
  let app: Awaited<ReturnType<typeof buildApp>>;

  beforeAll(async () => {
    server = await startEmbeddedPostgres({ dataDir });
    await migrate({ url: server.url });
    db = createDb({ url: server.url, connectionTimeoutMs: 2000, statementTimeoutMs: 2000 });
    app = await buildApp({ db, secrets: testSecrets, logger: false });
    // A route that reads through Prisma, as every feature will.
    app.get('/api/test/people', async () => ({ count: await db.prisma.person.count() }));
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    await db.close();
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  // The test timeout is the "never a hang" bound: the pool gives up connecting after 2 s.
  it(
    'reports unavailable, answers 503 instead of hanging, stays alive, and recovers by itself',
    { timeout: 30_000 },
    async () => {
      expect((await app.inject({ method: 'GET', url: '/api/ready' })).statusCode).toBe(200);

      await server.stop();
      const down = await app.inject({ method: 'GET', url: '/api/ready' });
      expect(down.statusCode).toBe(503);
      expect(down.json()).toEqual({ status: 'unavailable', database: 'down' });
      expect(down.headers['retry-after']).toBeDefined();
      const query = await app.inject({ method: 'GET', url: '/api/test/people' });
      expect(query.statusCode).toBe(503);
      expect(query.json().error.code).toBe('SERVICE_UNAVAILABLE');
      expect((await app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);

      server = await startEmbeddedPostgres({ dataDir, port: server.port });
      let ready = 0;
      for (let attempt = 0; attempt < 20 && ready !== 200; attempt += 1) {
        ready = (await app.inject({ method: 'GET', url: '/api/ready' })).statusCode;
        if (ready !== 200) await new Promise((resolve) => setTimeout(resolve, 250));
      }
      expect(ready).toBe(200);
      expect((await app.inject({ method: 'GET', url: '/api/test/people' })).json()).toEqual({ count: 0 });
    },
  );
});
