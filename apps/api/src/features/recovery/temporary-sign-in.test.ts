// After a recovery (docs/product.md §3.4 step 4): the temporary password signs in once, before it expires,
// into a session that can reach only Change Password (and /me, refresh, sign-out); Change Password
// takes it as the current password, wants a different new one, and ends in a full session.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createCustomer, createQuestions, FIXTURE_PASSWORD } from '../../testing/fixtures.ts';
import { bearer, getMe, postSignIn, refresh, refreshCookieOf, signIn } from '../../testing/http.ts';
import { recover } from '../../testing/recovery.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';

const HOUR = 3_600_000;
const NEW_PASSWORD = 'amber kettle harbor 2049';
let ctx: TestApp;
let customer: Awaited<ReturnType<typeof createCustomer>>;
let temporaryPassword: string;

beforeAll(async () => {
  ctx = await createTestApp();
  await createQuestions(ctx.prisma);
});
afterAll(() => ctx.close());
beforeEach(async () => {
  customer = await createCustomer(ctx.prisma, { firstName: 'Robin', lastName: 'Vale' });
  const recovered = await recover(ctx.app, customer, 'password');
  if (!recovered.temporaryPassword) throw new Error('no temporary password');
  temporaryPassword = recovered.temporaryPassword;
});

const change = (accessToken: string, currentPassword: string, newPassword: string) =>
  ctx.app.inject({
    method: 'POST',
    url: '/api/v1/auth/change-password',
    headers: bearer(accessToken),
    payload: { currentPassword, newPassword },
  });

describe('signing in with a temporary password', () => {
  it('works once, and gives a session that must change its password', async () => {
    const session = await signIn(ctx.app, customer.userId, temporaryPassword);
    expect(session.mustChangePassword).toBe(true);
    const again = await postSignIn(ctx.app, customer.userId, temporaryPassword);
    expect(again.statusCode).toBe(401);
    expect(again.body).toBe((await postSignIn(ctx.app, customer.userId, 'some wrong password')).body);
    const reasons = await ctx.prisma.auditEvent.findMany({
      where: { accountId: customer.accountId, action: 'sign_in' },
      orderBy: { id: 'asc' },
    });
    // Once spent, nothing signs in (neither it nor any other password) until it is changed.
    expect(reasons.map((e) => (e.details as { reason?: string }).reason ?? 'ok')).toEqual([
      'ok',
      'temporary_password_used',
      'temporary_password_used',
    ]);
    expect(reasons[0]?.details).toMatchObject({ scope: 'password-change', temporaryPassword: true });
  });

  it('is read the forgiving way (any case, without hyphens)', async () => {
    const typed = temporaryPassword.toLowerCase().replaceAll('-', '');
    expect((await signIn(ctx.app, customer.userId, typed)).mustChangePassword).toBe(true);
  });

  it('expires after 24 hours, after which neither it nor the old password works', async () => {
    ctx.clock.advance(24 * HOUR);
    expect((await postSignIn(ctx.app, customer.userId, temporaryPassword)).statusCode).toBe(401);
    expect((await postSignIn(ctx.app, customer.userId, FIXTURE_PASSWORD)).statusCode).toBe(401);
    const failures = await ctx.prisma.auditEvent.findMany({
      where: { accountId: customer.accountId, action: 'sign_in', outcome: 'failure' },
    });
    expect(failures.map((e) => (e.details as { reason: string }).reason)).toEqual([
      'temporary_password_expired',
      'temporary_password_expired',
    ]);
  });

  it('is just in time a second before it expires', async () => {
    ctx.clock.advance(24 * HOUR - 1_000);
    expect((await signIn(ctx.app, customer.userId, temporaryPassword)).mustChangePassword).toBe(true);
  });

  it('is spent by exactly one of two parallel sign-ins', async () => {
    const answers = await Promise.all([
      postSignIn(ctx.app, customer.userId, temporaryPassword),
      postSignIn(ctx.app, customer.userId, temporaryPassword),
    ]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 401]);
  });

  it('still counts towards the sign-in lockout', async () => {
    for (let i = 0; i < 11; i += 1) await postSignIn(ctx.app, customer.userId, `wrong guess number ${i}`);
    expect((await postSignIn(ctx.app, customer.userId, temporaryPassword)).statusCode).toBe(401);
    ctx.clock.advance(15 * 60_000);
    expect((await postSignIn(ctx.app, customer.userId, temporaryPassword)).statusCode).toBe(200);
  });
});

describe('the restricted session', () => {
  it('is refused on every route that needs a full session', async () => {
    const { accessToken } = await signIn(ctx.app, customer.userId, temporaryPassword);
    const full = ctx.app.guardedRoutes.filter((route) => route.auth === 'full');
    expect(full.length).toBeGreaterThan(5);
    for (const route of full) {
      const url = route.url.replace(/:(\w+)/g, (_, name: string) =>
        name === 'caseNumber' ? '1000000001' : '00000000-0000-0000-0000-000000000000',
      );
      const response = await ctx.app.inject({
        method: route.method as 'GET',
        url,
        headers: bearer(accessToken),
        payload: route.method === 'GET' ? undefined : {},
      });
      expect(response.statusCode, `${route.method} ${route.url}`).toBe(403);
      if (route.method !== 'HEAD')
        expect(response.json().error.code, `${route.method} ${route.url}`).toBe('PASSWORD_CHANGE_REQUIRED');
    }
  });

  it('can read /me, refresh, and change the password with the temporary one as current', async () => {
    const session = await signIn(ctx.app, customer.userId, temporaryPassword);
    expect((await getMe(ctx.app, session.accessToken)).json().mustChangePassword).toBe(true);
    const refreshed = await refresh(ctx.app, session.refreshToken);
    expect(refreshed.json().mustChangePassword).toBe(true);
    const accessToken: string = refreshed.json().accessToken;

    const same = await change(accessToken, temporaryPassword, temporaryPassword.toLowerCase());
    expect(same.statusCode).toBe(400);
    expect(same.json().error.fields).toEqual([
      {
        field: 'newPassword',
        message: 'Choose a new password that is different from your temporary password.',
      },
    ]);
    expect((await change(accessToken, FIXTURE_PASSWORD, NEW_PASSWORD)).json().error.fields).toEqual([
      { field: 'currentPassword', message: 'Your current password is not correct.' },
    ]);

    const changed = await change(accessToken, temporaryPassword, NEW_PASSWORD);
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json().mustChangePassword).toBe(false);
    const fresh: string = changed.json().accessToken;
    expect(
      (await ctx.app.inject({ method: 'GET', url: '/api/v1/auth/sign-ins', headers: bearer(fresh) }))
        .statusCode,
    ).toBe(200);
    expect((await refresh(ctx.app, refreshCookieOf(changed))).json().mustChangePassword).toBe(false);

    const account = await ctx.prisma.customerAccount.findUniqueOrThrow({ where: { id: customer.accountId } });
    expect(account).toMatchObject({
      mustChangePassword: false,
      tempPasswordHash: null,
      tempPasswordExpiresAt: null,
      tempPasswordUsedAt: null,
    });
    expect((await postSignIn(ctx.app, customer.userId, temporaryPassword)).statusCode).toBe(401);
    expect((await signIn(ctx.app, customer.userId, NEW_PASSWORD)).mustChangePassword).toBe(false);
  });
});
