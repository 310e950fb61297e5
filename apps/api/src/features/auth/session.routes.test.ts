// Refresh rotation and reuse detection, idle and absolute expiry, sign-out (one and everywhere)
// taking effect at once, and the recent sign-ins list.
import { parseSecurityPolicy, securityPolicy } from '@cos/security';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createCustomer, createQuestions } from '../../testing/fixtures.ts';
import { bearer, getMe, idleFor, refresh, refreshCookieOf, signIn, withRefresh } from '../../testing/http.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';

const MINUTE = 60_000;
const RETRY_WINDOW = securityPolicy.session.refreshRetrySeconds * 1000; // 10 s
let ctx: TestApp;
let customer: Awaited<ReturnType<typeof createCustomer>>;

beforeAll(async () => {
  ctx = await createTestApp();
  await createQuestions(ctx.prisma);
});
afterAll(() => ctx.close());
beforeEach(async () => {
  customer = await createCustomer(ctx.prisma);
});

const expectRefused = (response: Awaited<ReturnType<typeof refresh>>) => {
  expect(response.statusCode).toBe(401);
  expect(response.json().error.code).toBe('UNAUTHENTICATED');
  // The dead cookie is cleared.
  expect(String(response.headers['set-cookie'])).toMatch(/^cos_refresh=;.*Expires=Thu, 01 Jan 1970/);
};

describe('refresh', () => {
  it('rotates the refresh token and grants a new access token in the same session', async () => {
    const first = await signIn(ctx.app, customer.userId);
    ctx.clock.advance(10 * MINUTE);
    const rotated = await refresh(ctx.app, first.refreshToken);
    expect(rotated.statusCode).toBe(200);
    expect(rotated.json()).toMatchObject({ expiresIn: 900, mustChangePassword: false });
    const next = refreshCookieOf(rotated);
    expect(next).not.toBe(first.refreshToken);
    expect((await getMe(ctx.app, rotated.json().accessToken)).statusCode).toBe(200);
    const rows = await ctx.prisma.refreshSession.findMany({
      where: { accountId: customer.accountId },
      orderBy: { createdAt: 'asc' },
    });
    expect(rows).toHaveLength(2);
    expect(new Set(rows.map((r) => r.familyId)).size).toBe(1);
    expect(rows[0]?.rotatedAt).toEqual(ctx.clock.now());
    expect((await refresh(ctx.app, next)).statusCode).toBe(200);
  });

  it('revokes the whole family when a rotated token comes back after its successor was used, so the newest token stops working too', async () => {
    const first = await signIn(ctx.app, customer.userId);
    const second = refreshCookieOf(await refresh(ctx.app, first.refreshToken));
    const third = refreshCookieOf(await refresh(ctx.app, second));
    expectRefused(await refresh(ctx.app, first.refreshToken)); // reuse: someone copied it
    expectRefused(await refresh(ctx.app, third));
    expect((await getMe(ctx.app, first.accessToken)).statusCode).toBe(401);
    const audit = await ctx.prisma.auditEvent.findMany({
      where: { accountId: customer.accountId, action: 'session_revoked' },
    });
    expect(audit.map((e) => e.details)).toEqual([expect.objectContaining({ reason: 'reuse_detected' })]);
  });

  it('revokes the whole family when a rotated token comes back after the 10-second retry window', async () => {
    const first = await signIn(ctx.app, customer.userId);
    const second = refreshCookieOf(await refresh(ctx.app, first.refreshToken));
    ctx.clock.advance(RETRY_WINDOW + 1);
    expectRefused(await refresh(ctx.app, first.refreshToken));
    expectRefused(await refresh(ctx.app, second));
    const revoked = await ctx.prisma.auditEvent.findFirstOrThrow({
      where: { accountId: customer.accountId, action: 'session_revoked' },
    });
    expect(revoked.details).toMatchObject({ reason: 'reuse_detected', notRetried: 'after_window' });
  });

  describe('a page left or reloaded while its refresh was in flight (the answer never arrived)', () => {
    const liveTokens = () =>
      ctx.prisma.refreshSession.count({
        where: { accountId: customer.accountId, rotatedAt: null, revokedAt: null },
      });

    it('retries with the old token inside the window and stays signed in, audited as a retry', async () => {
      const first = await signIn(ctx.app, customer.userId);
      const lost = refreshCookieOf(await refresh(ctx.app, first.refreshToken)); // committed, never received
      ctx.clock.advance(RETRY_WINDOW);
      const retried = await refresh(ctx.app, first.refreshToken);
      expect(retried.statusCode).toBe(200);
      expect((await getMe(ctx.app, retried.json().accessToken)).statusCode).toBe(200);
      // A second reload inside the window retries again with the same old token.
      const again = await refresh(ctx.app, first.refreshToken);
      expect(again.statusCode).toBe(200);
      const current = refreshCookieOf(again);
      expect(new Set([first.refreshToken, lost, refreshCookieOf(retried), current]).size).toBe(4);
      expect(await liveTokens()).toBe(3); // siblings until one of them is used
      ctx.clock.advance(RETRY_WINDOW + 1);
      expect((await refresh(ctx.app, current)).statusCode).toBe(200);
      expect(await liveTokens()).toBe(1); // the first sibling used ended the others
      const audit = await ctx.prisma.auditEvent.findMany({
        where: {
          accountId: customer.accountId,
          action: { in: ['session_revoked', 'session_refresh_retried'] },
        },
      });
      expect(audit.map((e) => e.action)).toEqual(['session_refresh_retried', 'session_refresh_retried']);
    });

    it('treats a sibling that turns up after another was used as reuse, and ends the family', async () => {
      const first = await signIn(ctx.app, customer.userId);
      const lost = refreshCookieOf(await refresh(ctx.app, first.refreshToken));
      const retried = refreshCookieOf(await refresh(ctx.app, first.refreshToken));
      expect((await refresh(ctx.app, retried)).statusCode).toBe(200); // the retried token is used on
      expectRefused(await refresh(ctx.app, lost));
      expect(
        await ctx.prisma.refreshSession.count({ where: { accountId: customer.accountId, revokedAt: null } }),
      ).toBe(0);
    });

    it('is reuse when the old token comes from another browser or another address, even inside the window', async () => {
      for (const elsewhere of [
        { headers: { 'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0' } },
        { remoteAddress: '198.51.100.7' },
      ]) {
        const first = await signIn(ctx.app, customer.userId);
        const second = refreshCookieOf(await refresh(ctx.app, first.refreshToken));
        const replay = await ctx.app.inject({
          method: 'POST',
          url: '/api/v1/auth/refresh',
          ...elsewhere,
          headers: { ...withRefresh(first.refreshToken), ...elsewhere.headers },
        });
        expectRefused(replay);
        expectRefused(await refresh(ctx.app, second));
      }
      const reasons = await ctx.prisma.auditEvent.findMany({
        where: { accountId: customer.accountId, action: 'session_revoked' },
        orderBy: { id: 'asc' },
      });
      expect(reasons.map((e) => (e.details as { notRetried?: string }).notRetried)).toEqual([
        'other_browser',
        'other_address',
      ]);
    });

    it('does not let a thief inside the window push the parent out unnoticed: whoever refreshes second ends the family', async () => {
      const first = await signIn(ctx.app, customer.userId);
      const parents = refreshCookieOf(await refresh(ctx.app, first.refreshToken)); // the parent's browser got it
      const thiefs = refreshCookieOf(await refresh(ctx.app, first.refreshToken)); // a copy of the first, replayed at once
      ctx.clock.advance(MINUTE);
      expect((await refresh(ctx.app, parents)).statusCode).toBe(200); // the parent's next page still works
      expectRefused(await refresh(ctx.app, thiefs)); // the thief's next refresh ends every token of the family
      expect(await liveTokens()).toBe(0);
    });

    it('is reuse when the window is turned off (refreshRetrySeconds 0)', async () => {
      const strict = await createTestApp({
        policy: parseSecurityPolicy({
          ipThrottle: { maxRequests: 100_000 },
          session: { refreshRetrySeconds: 0 },
        }),
      });
      try {
        await createQuestions(strict.prisma);
        const other = await createCustomer(strict.prisma);
        const first = await signIn(strict.app, other.userId);
        const second = refreshCookieOf(await refresh(strict.app, first.refreshToken));
        expectRefused(await refresh(strict.app, first.refreshToken)); // the same instant
        expectRefused(await refresh(strict.app, second));
      } finally {
        await strict.close();
      }
    });
  });

  it('answers two concurrent refreshes with the same token, and whichever answer the browser keeps works later', async () => {
    for (const kept of [0, 1]) {
      const { refreshToken } = await signIn(ctx.app, customer.userId);
      const answers = await Promise.all([refresh(ctx.app, refreshToken), refresh(ctx.app, refreshToken)]);
      expect(answers.map((a) => a.statusCode)).toEqual([200, 200]);
      ctx.clock.advance(RETRY_WINDOW + MINUTE); // long after the window
      expect((await refresh(ctx.app, refreshCookieOf(answers[kept]!))).statusCode, `answer ${kept}`).toBe(
        200,
      );
    }
  });

  it('sign out everywhere racing refreshes and retries leaves no live token and no error', async () => {
    for (let round = 0; round < 5; round += 1) {
      const first = await signIn(ctx.app, customer.userId);
      const second = refreshCookieOf(await refresh(ctx.app, first.refreshToken));
      await refresh(ctx.app, first.refreshToken); // a retry: two live siblings
      const answers = await Promise.all([
        refresh(ctx.app, second),
        ctx.app.inject({
          method: 'POST',
          url: '/api/v1/auth/sign-out-everywhere',
          headers: bearer(first.accessToken),
        }),
        refresh(ctx.app, first.refreshToken),
      ]);
      for (const answer of answers) expect(answer.statusCode, answer.body).toBeLessThan(500);
      expect(
        await ctx.prisma.refreshSession.count({ where: { accountId: customer.accountId, revokedAt: null } }),
      ).toBe(0);
    }
  });

  it('keeps a family revoked even if a rotation wrote a new row while the revocation ran', async () => {
    const first = await signIn(ctx.app, customer.userId);
    const rotated = await refresh(ctx.app, first.refreshToken);
    // The race, set up by hand: the family's older rows revoked, the newest row written after them.
    await ctx.prisma.refreshSession.updateMany({
      where: { accountId: customer.accountId, rotatedAt: { not: null } },
      data: { revokedAt: ctx.clock.now(), revokedReason: 'sign_out_everywhere' },
    });
    expect((await getMe(ctx.app, rotated.json().accessToken)).statusCode).toBe(401);
    expect((await refresh(ctx.app, refreshCookieOf(rotated))).statusCode).toBe(401);
  });

  it('ends a session idle for more than 15 minutes', async () => {
    const { refreshToken } = await signIn(ctx.app, customer.userId);
    ctx.clock.advance(16 * MINUTE);
    expectRefused(await refresh(ctx.app, refreshToken));
    const session = await ctx.prisma.refreshSession.findFirstOrThrow({
      where: { accountId: customer.accountId },
    });
    expect(session.revokedReason).toBe('idle_timeout');
  });

  it('ends a session 12 hours after sign-in however active it is', async () => {
    let { refreshToken } = await signIn(ctx.app, customer.userId);
    for (let elapsed = 0; elapsed < 12 * 60 - 10; elapsed += 10) {
      ctx.clock.advance(10 * MINUTE);
      const answer = await refresh(ctx.app, refreshToken, idleFor(30));
      expect(answer.statusCode).toBe(200);
      refreshToken = refreshCookieOf(answer);
    }
    ctx.clock.advance(10 * MINUTE); // exactly 12 h
    expectRefused(await refresh(ctx.app, refreshToken));
    const reasons = await ctx.prisma.refreshSession.findMany({
      where: { accountId: customer.accountId },
      distinct: ['revokedReason'],
    });
    expect(reasons.map((r) => r.revokedReason)).toEqual(['absolute_timeout']);
  });

  // Failed before: a request without a cookie was answered with a Set-Cookie clearing one.
  it('refuses a missing, unknown or malformed cookie, clearing only a cookie that was presented', async () => {
    const missing = await ctx.app.inject({ method: 'POST', url: '/api/v1/auth/refresh' });
    expect(missing.statusCode).toBe(401);
    expect(missing.headers['set-cookie']).toBeUndefined();
    expectRefused(await refresh(ctx.app, 'A'.repeat(43)));
    expectRefused(await refresh(ctx.app, 'not a token'));
  });

  // Failed before: the app's background refresh kept a session nobody used alive until 12 h.
  it('ends a session whose person did nothing for 15 minutes, however often the app refreshed it', async () => {
    let { refreshToken } = await signIn(ctx.app, customer.userId);
    ctx.clock.advance(5 * MINUTE);
    refreshToken = refreshCookieOf(await refresh(ctx.app, refreshToken, idleFor(60))); // active 4 min in
    for (const step of [5, 5]) {
      ctx.clock.advance(step * MINUTE);
      const background = await refresh(ctx.app, refreshToken); // the timer, no activity reported
      expect(background.statusCode).toBe(200);
      refreshToken = refreshCookieOf(background);
    }
    ctx.clock.advance(5 * MINUTE); // 16 minutes after the last action
    expectRefused(await refresh(ctx.app, refreshToken, idleFor(16 * 60)));
    const [row] = await ctx.prisma.refreshSession.findMany({
      where: { accountId: customer.accountId, revokedReason: { not: null } },
      take: 1,
    });
    expect(row?.revokedReason).toBe('idle_timeout');
  });

  it('keeps a session whose person is active, and takes the latest activity any tab reported', async () => {
    let { refreshToken } = await signIn(ctx.app, customer.userId);
    for (let minutes = 0; minutes < 60; minutes += 10) {
      ctx.clock.advance(10 * MINUTE);
      const answer = await refresh(ctx.app, refreshToken, idleFor(minutes % 20 === 0 ? 120 : 9 * 60));
      expect(answer.statusCode, `${minutes} min`).toBe(200);
      refreshToken = refreshCookieOf(answer);
    }
  });

  // Failed before: refresh and sign-out answered (and cleared cookies for) other sites' pages.
  it('refuses refresh and sign-out from another origin (Sec-Fetch-Site, Origin), with no cookie change', async () => {
    const { refreshToken } = await signIn(ctx.app, customer.userId);
    for (const url of ['/api/v1/auth/refresh', '/api/v1/auth/sign-out']) {
      for (const headers of [
        { 'sec-fetch-site': 'cross-site' },
        { 'sec-fetch-site': 'same-site' },
        { origin: 'https://evil.example' },
      ]) {
        const answer = await ctx.app.inject({
          method: 'POST',
          url,
          headers: { ...withRefresh(refreshToken), ...headers },
        });
        expect(answer.statusCode, `${url} ${JSON.stringify(headers)}`).toBe(403);
        expect(answer.headers['set-cookie']).toBeUndefined();
      }
    }
    const own = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/refresh',
      headers: {
        ...withRefresh(refreshToken),
        'sec-fetch-site': 'same-origin',
        origin: 'http://localhost:80',
      },
    });
    expect(own.statusCode, own.body).toBe(200);
  });
});

describe('sign-out', () => {
  it('revokes this session at once: its access token is refused before it expires', async () => {
    const { accessToken, refreshToken } = await signIn(ctx.app, customer.userId);
    const other = await signIn(ctx.app, customer.userId);
    const answer = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-out',
      headers: { ...bearer(accessToken), ...withRefresh(refreshToken) },
    });
    expect(answer.statusCode).toBe(200);
    expect(answer.json()).toEqual({ ok: true });
    expect(String(answer.headers['set-cookie'])).toMatch(/^cos_refresh=;/);
    expect((await getMe(ctx.app, accessToken)).statusCode).toBe(401);
    expect((await refresh(ctx.app, refreshToken)).statusCode).toBe(401);
    expect((await getMe(ctx.app, other.accessToken)).statusCode).toBe(200); // another device stays in
  });

  it('works from the cookie alone (a reloaded page holds no access token)', async () => {
    const { accessToken, refreshToken } = await signIn(ctx.app, customer.userId);
    expect(
      (
        await ctx.app.inject({
          method: 'POST',
          url: '/api/v1/auth/sign-out',
          headers: withRefresh(refreshToken),
        })
      ).statusCode,
    ).toBe(200);
    expect((await getMe(ctx.app, accessToken)).statusCode).toBe(401);
  });

  it('everywhere: ends every session of the account', async () => {
    const sessions = [
      await signIn(ctx.app, customer.userId),
      await signIn(ctx.app, customer.userId),
      await signIn(ctx.app, customer.userId),
    ];
    const [current] = sessions;
    const answer = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-out-everywhere',
      headers: bearer(current?.accessToken ?? ''),
    });
    expect(answer.statusCode).toBe(200);
    for (const session of sessions) {
      expect((await getMe(ctx.app, session.accessToken)).statusCode).toBe(401);
      expect((await refresh(ctx.app, session.refreshToken)).statusCode).toBe(401);
    }
    expect(
      (await ctx.app.inject({ method: 'POST', url: '/api/v1/auth/sign-out-everywhere' })).statusCode,
    ).toBe(401);
  });
});

describe('recent sign-ins', () => {
  it('lists session families newest first with an approximate device, marking the current one', async () => {
    const chrome =
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
    const iphone =
      'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';
    const old = await signIn(ctx.app, customer.userId, undefined, { 'user-agent': chrome });
    await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-out',
      headers: withRefresh(old.refreshToken),
    });
    ctx.clock.advance(MINUTE);
    const current = await signIn(ctx.app, customer.userId, undefined, { 'user-agent': iphone });

    const answer = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/auth/sign-ins',
      headers: bearer(current.accessToken),
    });
    expect(answer.statusCode).toBe(200);
    expect(answer.json().items).toEqual([
      {
        id: expect.any(String),
        signedInAt: ctx.clock.now().toISOString(),
        lastActiveAt: ctx.clock.now().toISOString(),
        device: 'Safari on iOS',
        current: true,
        active: true,
      },
      {
        id: expect.any(String),
        signedInAt: new Date(ctx.clock.now().getTime() - MINUTE).toISOString(),
        lastActiveAt: expect.any(String),
        device: 'Chrome on Windows',
        current: false,
        active: false,
      },
    ]);
    expect(answer.headers['cache-control']).toBe('no-store');
  });

  it('keeps to the last 20', async () => {
    const sessions = [];
    for (let i = 0; i < 22; i += 1) {
      ctx.clock.advance(1000);
      sessions.push(await signIn(ctx.app, customer.userId));
    }
    const latest = sessions.at(-1)?.accessToken ?? '';
    const items: Array<{ current: boolean }> = (
      await ctx.app.inject({ method: 'GET', url: '/api/v1/auth/sign-ins', headers: bearer(latest) })
    ).json().items;
    expect(items).toHaveLength(20);
    expect(items[0]?.current).toBe(true);
  });
});
