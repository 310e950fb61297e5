import { Writable } from 'node:stream';
import { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DomainError } from '../../lib/errors.ts';
import { loggerOptions } from '../../lib/logger.ts';
import { createTestApp, testSecrets } from '../../testing/test-app.ts';

// Routes that exist only in this test, to drive each kind of failure through the real handler.
describe('uniform error answers', () => {
  let ctx: Awaited<ReturnType<typeof createTestApp>>;
  beforeAll(async () => {
    ctx = await createTestApp();
  });
  afterAll(async () => ctx.close());

  async function withRoutes() {
    const { buildApp } = await import('../../app.ts');
    const app = await buildApp({ db: ctx.db, secrets: testSecrets, logger: false });
    app.post(
      '/api/test/echo',
      {
        schema: {
          body: z.object({
            caseNumber: z.string().regex(/^\d{10}$/, 'Enter the 10-digit case number'),
            amount: z.number().positive(),
          }),
        },
      },
      async (request) => request.body,
    );
    app.get('/api/test/boom', async () => {
      throw new Error('relation "secret_table" does not exist at /srv/app/x.ts:12');
    });
    app.get('/api/test/conflict', async () => {
      throw new DomainError('CONFLICT', 409, 'That User ID is taken.');
    });
    await app.ready();
    return app;
  }

  it('answers 400 naming each rejected field and why', async () => {
    const app = await withRoutes();
    const response = await app.inject({
      method: 'POST',
      url: '/api/test/echo',
      payload: { caseNumber: '12', amount: -1 },
    });
    expect(response.statusCode).toBe(400);
    const body = response.json();
    expect(body.error.code).toBe('VALIDATION_FAILED');
    expect(body.error.fields).toEqual(
      expect.arrayContaining([
        { field: 'caseNumber', message: 'Enter the 10-digit case number' },
        expect.objectContaining({ field: 'amount' }),
      ]),
    );
    await app.close();
  });

  it('answers 400 for a body that is not JSON, without parser details', async () => {
    const app = await withRoutes();
    const response = await app.inject({
      method: 'POST',
      url: '/api/test/echo',
      headers: { 'content-type': 'application/json' },
      payload: '{"caseNumber": ',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('BAD_REQUEST');
    expect(response.body).not.toMatch(/Unexpected|position|SyntaxError/);
    await app.close();
  });

  it('answers 413 for a body over the limit', async () => {
    const app = await withRoutes();
    const response = await app.inject({
      method: 'POST',
      url: '/api/test/echo',
      payload: { caseNumber: 'x'.repeat(1024 * 1024), amount: 1 },
    });
    expect(response.statusCode).toBe(413);
    expect(response.json().error.code).toBe('PAYLOAD_TOO_LARGE');
    await app.close();
  });

  it('hides the cause of an unexpected failure behind a request id', async () => {
    const app = await withRoutes();
    const response = await app.inject({ method: 'GET', url: '/api/test/boom' });
    expect(response.statusCode).toBe(500);
    expect(response.json()).toEqual({
      error: {
        code: 'INTERNAL_ERROR',
        message: expect.any(String),
        requestId: response.headers['x-request-id'],
      },
    });
    expect(response.body).not.toMatch(/secret_table|\.ts:|at /);
    await app.close();
  });

  it('passes domain errors through with their status and code', async () => {
    const app = await withRoutes();
    const response = await app.inject({ method: 'GET', url: '/api/test/conflict' });
    expect(response.statusCode).toBe(409);
    expect(response.json().error).toMatchObject({ code: 'CONFLICT', message: 'That User ID is taken.' });
    await app.close();
  });

  it('answers unknown API paths with a JSON 404', async () => {
    const response = await ctx.app.inject({ method: 'GET', url: '/api/v1/no-such-thing' });
    expect(response.statusCode).toBe(404);
    expect(response.json().error.code).toBe('NOT_FOUND');
  });

  it('logs a switched-off feature as information and a failure on our side as an error with its cause', async () => {
    const lines: string[] = [];
    const stream = new Writable({ write: (chunk, _encoding, done) => done(void lines.push(String(chunk))) });
    const options = loggerOptions('info');
    if (typeof options !== 'object') throw new Error('the server logs with an options object');
    const { buildApp } = await import('../../app.ts');
    const app = await buildApp({ db: ctx.db, secrets: testSecrets, logger: { ...options, stream } });
    app.get('/api/test/switched-off', async () => {
      throw new DomainError('FEATURE_UNAVAILABLE', 503, 'Direct Deposit updates are paused.');
    });
    app.get('/api/test/audit-down', async () => {
      throw new DomainError('SERVICE_UNAVAILABLE', 503, 'Please try again.');
    });
    await app.ready();
    expect((await app.inject({ method: 'GET', url: '/api/test/switched-off' })).statusCode).toBe(503);
    expect((await app.inject({ method: 'GET', url: '/api/test/audit-down' })).statusCode).toBe(503);
    await app.close();
    const entries = lines.map(
      (line) => JSON.parse(line) as { level: number; msg: string; err?: { stack?: string } },
    );
    const switchedOff = entries.find((entry) => entry.msg === 'Direct Deposit updates are paused.');
    expect(switchedOff).toMatchObject({ level: 30 });
    expect(switchedOff?.err).toBeUndefined();
    const fault = entries.find((entry) => entry.msg === 'Please try again.');
    expect(fault).toMatchObject({
      level: 50,
      err: { stack: expect.stringContaining('error-handler.test.ts') },
    });
  });
});
