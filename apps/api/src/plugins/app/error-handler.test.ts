import { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DomainError } from '../../lib/errors.ts';
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
    app.post('/api/test/echo', {
      schema: { body: z.object({ caseNumber: z.string().regex(/^\d{10}$/, 'Enter the 10-digit case number'), amount: z.number().positive() }) },
    }, async (request) => request.body);
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
    const response = await app.inject({ method: 'POST', url: '/api/test/echo', payload: { caseNumber: '12', amount: -1 } });
    expect(response.statusCode).toBe(400);
    const body = response.json();
    expect(body.error.code).toBe('VALIDATION_FAILED');
    expect(body.error.fields).toEqual(expect.arrayContaining([
      { field: 'caseNumber', message: 'Enter the 10-digit case number' },
      expect.objectContaining({ field: 'amount' }),
    ]));
    await app.close();
  });

  it('answers 400 for a body that is not JSON, without parser details', async () => {
    const app = await withRoutes();
    const response = await app.inject({
      method: 'POST', url: '/api/test/echo', headers: { 'content-type': 'application/json' }, payload: '{"caseNumber": ',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('BAD_REQUEST');
    expect(response.body).not.toMatch(/Unexpected|position|SyntaxError/);
    await app.close();
  });

  it('answers 413 for a body over the limit', async () => {
    const app = await withRoutes();
    const response = await app.inject({
      method: 'POST', url: '/api/test/echo', payload: { caseNumber: 'x'.repeat(1024 * 1024), amount: 1 },
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
      error: { code: 'INTERNAL_ERROR', message: expect.any(String), requestId: response.headers['x-request-id'] },
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
});
