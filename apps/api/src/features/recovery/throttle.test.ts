// Both recovery routes sit behind the per-IP throttle of the auth routes (20 a minute per route):
// invalid bodies are cheap to send, so they are counted and refused too.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';

let ctx: TestApp;
beforeAll(async () => {
  ctx = await createTestApp({ realThrottle: true });
});
afterAll(() => ctx.close());

describe('recovery throttle', () => {
  it('answers the 21st request a minute from one address with 429 on each route', async () => {
    for (const url of ['/api/v1/recovery/start', '/api/v1/recovery/answer']) {
      const send = () => ctx.app.inject({ method: 'POST', url, payload: {}, remoteAddress: '203.0.113.9' });
      for (let i = 0; i < 20; i += 1) expect((await send()).statusCode, url).toBe(400);
      const limited = await send();
      expect(limited.statusCode, url).toBe(429);
      expect(limited.json().error.code).toBe('RATE_LIMITED');
      expect(Number(limited.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    }
  });
});
