// GET /api/v1/notices, /features: who sees which notices, the schedule (by moving the clock), the
// outage banner tied to its switch, and the cache headers a browser or proxy relies on.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer } from '../../testing/http.ts';
import { createSeededTestApp, signIn } from '../../testing/seeded-app.ts';
import { signInStaff, staffBearer } from '../../testing/staff.ts';
import type { TestApp } from '../../testing/test-app.ts';

let ctx: TestApp;
let customer: string;
let staff: string;

beforeAll(async () => {
  ctx = await createSeededTestApp();
  customer = await signIn(ctx.app, 'demo.parent');
  staff = (await signInStaff(ctx, 'agent.demo')).accessToken;
});
afterAll(() => ctx.close());

const getNotices = (headers: Record<string, string> = {}) =>
  ctx.app.inject({ method: 'GET', url: '/api/v1/notices', headers });
const titles = async (headers: Record<string, string> = {}) => {
  const response = await getNotices(headers);
  expect(response.statusCode, response.body).toBe(200);
  return (response.json().items as { title: string }[]).map((notice) => notice.title);
};
/** Lets the content cache expire, as another request a few seconds later would see it. */
const afterCacheExpiry = () => ctx.clock.advance(5_000);

describe('notices by audience', () => {
  it('shows a visitor the public notices in the seed site’s order, the outage banner not dismissible', async () => {
    const response = await getNotices();
    const items = response.json().items as {
      title: string;
      severity: string;
      dismissible: boolean;
      featureKey: string | null;
    }[];
    expect(items.map((n) => n.title)).toEqual([
      'Privacy',
      'Self-service options',
      'DCSS notice',
      'Direct Deposit update unavailable',
      'DCSS On the Go version 5.1',
    ]);
    expect(items.find((n) => n.severity === 'outage')).toMatchObject({
      dismissible: false,
      featureKey: 'directDepositUpdate',
    });
    expect(items.filter((n) => n.severity !== 'outage').every((n) => n.dismissible)).toBe(true);
  });

  it('adds customer notices for a portal token and staff notices for a console token, never the other’s', async () => {
    await ctx.prisma.notice.create({
      data: {
        title: 'For parents',
        body: 'Only signed-in parents read this.',
        audience: 'customer',
        sortOrder: 900,
      },
    });
    afterCacheExpiry();
    const visitor = await titles();
    const parent = await titles(bearer(customer));
    const agent = await titles(staffBearer(staff));
    expect(visitor).not.toContain('For parents');
    expect(visitor).not.toContain('Verify before you search');
    expect(parent).toContain('For parents');
    expect(parent).not.toContain('Verify before you search');
    expect(agent).toContain('Verify before you search');
    expect(agent).not.toContain('For parents');
    expect(await titles({ authorization: 'Bearer not.a.token' })).toEqual(visitor);
  });
});

describe('notices by schedule', () => {
  it('shows a scheduled notice only between its start and its end', async () => {
    const now = ctx.clock.now().getTime();
    await ctx.prisma.notice.create({
      data: {
        title: 'Office closed Friday',
        body: 'All offices close Friday.',
        startsAt: new Date(now + 3_600_000),
        endsAt: new Date(now + 7_200_000),
        sortOrder: 901,
      },
    });
    afterCacheExpiry();
    expect(await titles()).not.toContain('Office closed Friday');
    ctx.clock.advance(3_600_000);
    expect(await titles()).toContain('Office closed Friday');
    ctx.clock.advance(3_600_000);
    expect(await titles()).not.toContain('Office closed Friday');
  });

  it('never shows a retired notice', async () => {
    await ctx.prisma.notice.create({
      data: { title: 'Old news', body: 'Retired.', retiredAt: ctx.clock.now(), sortOrder: 902 },
    });
    afterCacheExpiry();
    expect(await titles()).not.toContain('Old news');
  });
});

describe('the outage banner and its switch', () => {
  it('hides the Direct Deposit outage notice while the feature is on, and /features says so', async () => {
    await ctx.prisma.featureSwitch.update({ where: { key: 'directDepositUpdate' }, data: { enabled: true } });
    afterCacheExpiry();
    expect(await titles()).not.toContain('Direct Deposit update unavailable');
    const features = await ctx.app.inject({ method: 'GET', url: '/api/v1/features' });
    expect(features.json()).toMatchObject({ directDepositUpdate: { enabled: true } });
    await ctx.prisma.featureSwitch.update({
      where: { key: 'directDepositUpdate' },
      data: { enabled: false },
    });
    afterCacheExpiry();
    expect(await titles()).toContain('Direct Deposit update unavailable');
    const off = await ctx.app.inject({ method: 'GET', url: '/api/v1/features' });
    expect(off.json().directDepositUpdate).toEqual({
      enabled: false,
      message: expect.stringMatching(/^The Direct Deposit update feature is temporarily unavailable/),
    });
  });
});

describe('caching', () => {
  it('lets a visitor’s answer be cached publicly for a moment and answers 304 to its ETag', async () => {
    const first = await getNotices();
    expect(first.headers['cache-control']).toMatch(/^public, max-age=\d$/);
    expect(first.headers['etag']).toMatch(/^".+"$/);
    const again = await getNotices({ 'if-none-match': String(first.headers['etag']) });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
  });

  it('keeps a signed-in parent’s list private to their browser', async () => {
    // The clock has moved hours on: the earlier token has expired.
    customer = await signIn(ctx.app, 'demo.parent');
    const response = await getNotices(bearer(customer));
    expect(response.headers['cache-control']).toMatch(/^private, /);
    expect(response.headers['vary']).toMatch(/Authorization/i);
  });

  it('leaves every other API answer uncached', async () => {
    const response = await ctx.app.inject({ method: 'GET', url: '/api/v1/me', headers: bearer(customer) });
    expect(response.headers['cache-control']).toBe('no-store');
  });
});
