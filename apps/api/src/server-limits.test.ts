// The HTTP server cuts off clients that stop sending. Failed before: neither limit was set, so a
// connection idling or trickling a request held its socket indefinitely (Fastify's default is 0).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './testing/test-app.ts';

let ctx: TestApp;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(() => ctx.close());

describe('server limits', () => {
  it('closes idle sockets after 60 s and requests not received whole within 120 s', () => {
    expect(ctx.app.initialConfig.connectionTimeout).toBe(60_000);
    expect(ctx.app.server.timeout).toBe(60_000);
    expect(ctx.app.server.requestTimeout).toBe(120_000);
  });
});
