// The metrics listener for real: its own port (never the app's), request timings by route pattern
// (never the raw URL), the pool, the argon2 queue, and the outbox backlog, sampled.
import { createTestDatabase, type TestDatabase } from '@cos/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type App } from '../app.ts';
import { relaxedThrottlePolicy, testSecrets } from '../testing/test-app.ts';
import { createMetrics, startMetricsServer, type MetricsServer } from './metrics.ts';

let database: TestDatabase;
let app: App;
let server: MetricsServer;
let argon2Queue = 0;
let now = 0;

beforeAll(async () => {
  database = await createTestDatabase();
  const metrics = createMetrics({
    db: database.db,
    argon2InFlight: () => argon2Queue,
    outboxSampleMs: 10_000,
    now: () => now,
  });
  app = await buildApp({
    db: database.db,
    secrets: testSecrets,
    policy: relaxedThrottlePolicy,
    logger: false,
    loadShedding: false,
    metrics,
  });
  await app.ready();
  server = await startMetricsServer({ registry: metrics.registry, host: '127.0.0.1', port: 0 });
});
afterAll(async () => {
  await server?.close();
  await app?.close();
  await database?.drop();
});

const scrape = async () => {
  const response = await fetch(`http://127.0.0.1:${server.port}/metrics`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toContain('text/plain');
  return response.text();
};

const outboxRow = (sentAt: Date | null) =>
  database.db.prisma.emailOutbox.create({
    data: {
      toAddress: 'parent@example.org',
      subject: 's',
      body: 'b',
      createdAt: new Date(),
      sentAt,
      status: sentAt ? 'sent' : 'pending',
    },
  });

describe('metrics', () => {
  it('times requests by route pattern and status, never by raw URL', async () => {
    await app.inject({ method: 'GET', url: '/api/health' });
    await app.inject({ method: 'GET', url: '/api/health' });
    await app.inject({ method: 'GET', url: '/api/v1/cases/1000000001' });
    const text = await scrape();
    expect(text).toMatch(
      /http_request_duration_seconds_count\{method="GET",route="\/api\/health",status_code="200"\} 2/,
    );
    expect(text).toMatch(
      /http_request_duration_seconds_count\{method="GET",route="\/api\/v1\/cases\/:caseNumber",status_code="401"\} 1/,
    );
    expect(text).not.toContain('1000000001');
  });

  it('reports the pool, the event loop and the argon2 queue', async () => {
    argon2Queue = 3;
    const text = await scrape();
    expect(text).toMatch(/db_pool_connections\{state="total"\} \d+/);
    expect(text).toMatch(/db_pool_connections\{state="waiting"\} 0/);
    expect(text).toMatch(/db_pool_max_connections \d+/);
    expect(text).toMatch(/nodejs_eventloop_lag_seconds \d/);
    expect(text).toMatch(/argon2_operations_in_flight 3/);
    argon2Queue = 0;
  });

  it('counts unsent outbox rows, sampled: a scrape within the interval reuses the last count', async () => {
    await outboxRow(null);
    await outboxRow(null);
    await outboxRow(new Date());
    now += 60_000;
    expect(await scrape()).toMatch(/email_outbox_unsent 2\n/);
    await outboxRow(null);
    now += 1_000;
    expect(await scrape()).toMatch(/email_outbox_unsent 2\n/);
    now += 10_000;
    expect(await scrape()).toMatch(/email_outbox_unsent 3\n/);
  });

  it('answers only GET /metrics', async () => {
    expect((await fetch(`http://127.0.0.1:${server.port}/`)).status).toBe(404);
    expect((await fetch(`http://127.0.0.1:${server.port}/metrics`, { method: 'POST' })).status).toBe(404);
  });

  it('is not on the public app', async () => {
    expect((await app.inject({ method: 'GET', url: '/metrics' })).statusCode).toBe(404);
  });
});
