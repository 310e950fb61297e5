// The per-IP throttle of docs/product.md §5 with the real policy (20 requests a minute per route): the 21st
// answers 429 with Retry-After in the uniform body. X-Forwarded-For counts only from a configured
// proxy: an invented header from anyone else does not buy a fresh bucket.
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';

const apps: TestApp[] = [];
afterEach(async () => {
  for (const ctx of apps.splice(0)) await ctx.close();
});
afterAll(async () => {
  for (const ctx of apps.splice(0)) await ctx.close();
});

async function app(trustProxy: string[] = []) {
  const ctx = await createTestApp({ realThrottle: true, trustProxy });
  apps.push(ctx);
  return ctx.app;
}

const identify = (target: TestApp['app'], options: { remoteAddress?: string; forwardedFor?: string } = {}) =>
  target.inject({
    method: 'POST',
    url: '/api/v1/auth/identify',
    payload: { userId: 'someone.here' },
    remoteAddress: options.remoteAddress ?? '127.0.0.1',
    headers: options.forwardedFor ? { 'x-forwarded-for': options.forwardedFor } : {},
  });

async function spend(target: TestApp['app'], count: number, options: Parameters<typeof identify>[1] = {}) {
  for (let i = 0; i < count; i += 1) expect((await identify(target, options)).statusCode).toBe(200);
}

describe('per-IP throttle', () => {
  it('answers the 21st request in a minute with 429, Retry-After and the uniform body', async () => {
    const target = await app();
    await spend(target, 20);
    const limited = await identify(target);
    expect(limited.statusCode).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(Number(limited.headers['retry-after'])).toBeLessThanOrEqual(60);
    expect(limited.json()).toEqual({
      error: {
        code: 'RATE_LIMITED',
        message: expect.stringMatching(/wait \d+ seconds/),
        requestId: limited.headers['x-request-id'],
      },
    });
    // Another client address has its own allowance.
    expect((await identify(target, { remoteAddress: '192.0.2.7' })).statusCode).toBe(200);
  });

  it('throttles sign-in and registration too', async () => {
    const target = await app();
    for (const url of [
      '/api/v1/auth/sign-in',
      '/api/v1/registration/verify',
      '/api/v1/registration/complete',
    ]) {
      const statuses = [];
      for (let i = 0; i < 21; i += 1)
        statuses.push((await target.inject({ method: 'POST', url, payload: {} })).statusCode);
      expect(
        statuses.slice(0, 20).every((status) => status === 400),
        url,
      ).toBe(true);
      expect(statuses[20], url).toBe(429);
    }
  });

  it('ignores X-Forwarded-For from a client that is not a configured proxy', async () => {
    const target = await app();
    await spend(target, 20, { forwardedFor: '203.0.113.1' });
    expect((await identify(target, { forwardedFor: '203.0.113.99' })).statusCode).toBe(429);
  });

  it('believes X-Forwarded-For from a configured proxy, giving each client behind it its own allowance', async () => {
    const target = await app(['10.0.0.1']);
    const viaProxy = (client: string) => ({ remoteAddress: '10.0.0.1', forwardedFor: client });
    await spend(target, 20, viaProxy('203.0.113.1'));
    expect((await identify(target, viaProxy('203.0.113.1'))).statusCode).toBe(429);
    expect((await identify(target, viaProxy('203.0.113.2'))).statusCode).toBe(200);
  });
});
