// The mobile app version policy (docs/product.md §4): 426 below the minimum, 400 for a header that cannot
// be read (never 500), no header passes, and an old app can still read the policy and health.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSeededTestApp } from '../../testing/seeded-app.ts';
import type { TestApp } from '../../testing/test-app.ts';

let ctx: TestApp;
beforeAll(async () => {
  ctx = await createSeededTestApp();
});
afterAll(() => ctx.close());

const asApp = (value?: string, url = '/api/v1/notices') =>
  ctx.app.inject({ method: 'GET', url, headers: value === undefined ? {} : { 'x-client-app': value } });

describe('X-Client-App', () => {
  it('refuses 5.0 with 426, the upgrade message and the minimum version', async () => {
    const response = await asApp('DCSSOnTheGo/5.0');
    expect(response.statusCode).toBe(426);
    expect(response.json().error).toMatchObject({
      code: 'APP_VERSION_UNSUPPORTED',
      message: expect.stringContaining('download version 5.1'),
    });
    expect(response.headers['x-minimum-app-version']).toBe('5.1');
  });

  it.each(['DCSSOnTheGo/5.1', 'DCSSOnTheGo/5.1.0', 'DCSSOnTheGo/5.10', 'DCSSOnTheGo/6.0.3'])(
    'lets %s through',
    async (value) => {
      const response = await asApp(value);
      expect(response.statusCode, response.body).toBe(200);
    },
  );

  it('lets a request without the header through (the web apps)', async () => {
    expect((await asApp()).statusCode).toBe(200);
  });

  it('compares versions as numbers: 5.9 is below a 5.10 minimum', async () => {
    await ctx.prisma.appVersionPolicy.update({
      where: { platform: 'DCSSOnTheGo' },
      data: { minimumVersion: '5.10' },
    });
    ctx.clock.advance(5_000);
    expect((await asApp('DCSSOnTheGo/5.9')).statusCode).toBe(426);
    expect((await asApp('DCSSOnTheGo/5.10')).statusCode).toBe(200);
    await ctx.prisma.appVersionPolicy.update({
      where: { platform: 'DCSSOnTheGo' },
      data: { minimumVersion: '5.1' },
    });
    ctx.clock.advance(5_000);
  });

  it.each([
    'DCSSOnTheGo/5.x',
    '',
    'DCSSOnTheGo/',
    'DCSSOnTheGo/5',
    'SomeOtherApp/5.1',
    'DCSSOnTheGo/5.1 beta',
    'DCSSOnTheGo/99999.1',
  ])('answers 400 INVALID_CLIENT_APP to %j, never 500', async (value) => {
    const response = await asApp(value);
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toMatchObject({
      code: 'INVALID_CLIENT_APP',
      fields: [{ field: 'X-Client-App' }],
    });
  });

  it('keeps the version policy and health reachable for an old app, so it can learn to upgrade', async () => {
    const policy = await asApp('DCSSOnTheGo/5.0', '/api/v1/app/version-policy');
    expect(policy.statusCode).toBe(200);
    expect(policy.json()).toMatchObject({
      platform: 'DCSSOnTheGo',
      minimumVersion: '5.1',
      latestVersion: '5.1',
    });
    expect((await asApp('DCSSOnTheGo/5.0', '/api/health')).statusCode).toBe(200);
  });

  it('refuses an old app before any route work, even on a signed-in route', async () => {
    const response = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/direct-deposit',
      headers: { 'x-client-app': 'DCSSOnTheGo/5.0' },
    });
    expect(response.statusCode).toBe(426);
  });
});
