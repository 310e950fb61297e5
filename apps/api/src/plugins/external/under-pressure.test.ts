// Load shedding answers 503 with Retry-After on every route — including /api/ready, whose response
// schema knows only its own body: the balancer must read "busy", not a 500 serialization error.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';

let ctx: TestApp;
beforeAll(async () => {
  ctx = await createTestApp({ loadShedding: true });
});
afterAll(() => ctx.close());

/** Holds the event loop longer than the 1 s limit; the next sample (every 1 s) records it. */
function stallEventLoop() {
  const until = Date.now() + 1_500;
  while (Date.now() < until) {
    // busy on purpose
  }
}

/** The first answer that is not a 200 within 1.5 s: the pressure lasts until the next sample. */
async function firstRefusal(url: string) {
  const deadline = Date.now() + 1_500;
  for (;;) {
    const response = await ctx.app.inject({ method: 'GET', url });
    if (response.statusCode !== 200 || Date.now() > deadline) return response;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('load shedding', () => {
  for (const url of ['/api/ready', '/api/health']) {
    it(`answers ${url} 503 with Retry-After and the uniform body while the event loop stalls`, async () => {
      stallEventLoop();
      const response = await firstRefusal(url);
      expect(response.statusCode, response.body).toBe(503);
      expect(response.headers['retry-after']).toBe('10');
      expect(response.json().error.code).toBe('SERVICE_UNAVAILABLE');
    });
  }
});
