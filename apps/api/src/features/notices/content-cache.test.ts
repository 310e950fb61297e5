// Two API instances on one database (docs/product.md §4): a supervisor turns Direct Deposit on through one;
// that one shows it at once, the other within the cache's few seconds — the clock is moved, never
// slept — and neither needs a restart.
import { CONTENT_CACHE_POLICY } from '@cos/contracts';
import { DEMO_CUSTOMER_PASSWORD } from '@cos/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.ts';
import { createSeededTestApp } from '../../testing/seeded-app.ts';
import { signInStaff, staffBearer } from '../../testing/staff.ts';
import { relaxedThrottlePolicy, testSecrets, type TestApp } from '../../testing/test-app.ts';

let ctx: TestApp;
let other: Awaited<ReturnType<typeof buildApp>>;
let supervisor: string;

beforeAll(async () => {
  ctx = await createSeededTestApp();
  other = await buildApp({
    db: ctx.db,
    secrets: testSecrets,
    policy: relaxedThrottlePolicy,
    clock: ctx.clock,
    logger: false,
    loadShedding: false,
  });
  await other.ready();
  supervisor = (await signInStaff(ctx, 'supervisor.demo')).accessToken;
});
afterAll(async () => {
  await other.close();
  await ctx.close();
});

type Instance = typeof other;
const enabled = async (instance: Instance) =>
  (await instance.inject({ method: 'GET', url: '/api/v1/features' })).json().directDepositUpdate.enabled;
const hasBanner = async (instance: Instance) =>
  (await instance.inject({ method: 'GET', url: '/api/v1/notices' }))
    .json()
    .items.some((n: { featureKey: string | null }) => n.featureKey === 'directDepositUpdate');
const turn = (on: boolean) =>
  ctx.app.inject({
    method: 'PUT',
    url: '/api/v1/admin/features/directDepositUpdate',
    headers: staffBearer(supervisor),
    payload: { enabled: on, reason: 'Bank file fixed' },
  });

describe('a switch change on one instance', () => {
  it('is seen by that instance at once and by the other within the cache TTL (< 5 s)', async () => {
    expect(CONTENT_CACHE_POLICY.switchCacheSeconds).toBeLessThan(5);
    // Both instances have the switch (off) cached.
    expect(await enabled(ctx.app)).toBe(false);
    expect(await enabled(other)).toBe(false);
    expect(await hasBanner(other)).toBe(true);

    expect((await turn(true)).statusCode).toBe(200);
    expect(await enabled(ctx.app)).toBe(true);
    expect(await hasBanner(ctx.app)).toBe(false);

    ctx.clock.advance(CONTENT_CACHE_POLICY.switchCacheSeconds * 1000);
    expect(await enabled(other)).toBe(true);
    expect(await hasBanner(other)).toBe(false);
  });

  it('turned off again, the other instance stops updates at once (the update reads the switch itself)', async () => {
    expect((await turn(false)).statusCode).toBe(200);
    const parent = await other.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-in',
      payload: { userId: 'demo.parent', password: DEMO_CUSTOMER_PASSWORD },
    });
    const token = parent.json().accessToken;
    const update = await other.inject({
      method: 'PUT',
      url: '/api/v1/direct-deposit',
      headers: { authorization: `Bearer ${token}` },
      payload: {
        routingNumber: '061000052',
        accountNumber: '123456789',
        accountNumberConfirmation: '123456789',
        accountType: 'savings',
        currentPassword: DEMO_CUSTOMER_PASSWORD,
      },
    });
    expect(update.statusCode).toBe(503);
    expect(update.json().error.code).toBe('FEATURE_UNAVAILABLE');
    ctx.clock.advance(CONTENT_CACHE_POLICY.switchCacheSeconds * 1000);
    expect(await hasBanner(other)).toBe(true);
  });
});
