// Draining before shutdown: a request already running finishes normally; every new one (readiness
// too) is answered 503 with Retry-After and Connection: close, in the uniform error body; liveness
// still answers 200.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';

let ctx: TestApp;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(async () => ctx.close());

it('finishes requests in flight and refuses new ones with 503 while draining', async () => {
  expect((await ctx.app.inject({ method: 'GET', url: '/api/ready' })).statusCode).toBe(200);
  expect(ctx.app.draining).toBe(false);

  // Hold a request inside its handler: it reads a table another connection has locked.
  const locker = await ctx.db.pool.connect();
  await locker.query('BEGIN');
  await locker.query('LOCK TABLE security_questions IN ACCESS EXCLUSIVE MODE');
  const inFlight = ctx.app.inject({ method: 'GET', url: '/api/v1/security-questions' });
  for (let waited = 0; waited < 100; waited += 1) {
    const blocked = await locker.query(
      "SELECT 1 FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()",
    );
    if (blocked.rowCount) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }

  ctx.app.startDrain();
  const refused = await ctx.app.inject({ method: 'GET', url: '/api/v1/security-questions' });
  const ready = await ctx.app.inject({ method: 'GET', url: '/api/ready' });
  const alive = await ctx.app.inject({ method: 'GET', url: '/api/health' });
  await locker.query('ROLLBACK');
  locker.release();

  const finished = await inFlight;
  expect(finished.statusCode, finished.body).toBe(200);
  expect(refused.statusCode, refused.body).toBe(503);
  expect(refused.headers['retry-after']).toBe('2');
  expect(refused.headers.connection).toBe('close');
  expect(refused.json()).toEqual({
    error: {
      code: 'SERVICE_UNAVAILABLE',
      message: expect.any(String),
      requestId: refused.headers['x-request-id'],
    },
  });
  expect(ready.statusCode).toBe(503);
  expect(ready.json()).toEqual({ status: 'unavailable', database: 'up' });
  expect(alive.statusCode).toBe(200);
});
