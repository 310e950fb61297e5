// Change Password: the policy on the new password, the current password checked, every other
// session ended, the old password dead, a notification; and the password-change-only session.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createCustomer, createQuestions, FIXTURE_PASSWORD } from '../../testing/fixtures.ts';
import { bearer, getMe, postSignIn, refresh, refreshCookieOf, signIn } from '../../testing/http.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';

const NEW_PASSWORD = 'seven purple otters dancing';
let ctx: TestApp;
let customer: Awaited<ReturnType<typeof createCustomer>>;

beforeAll(async () => {
  ctx = await createTestApp();
  await createQuestions(ctx.prisma);
});
afterAll(() => ctx.close());
beforeEach(async () => {
  customer = await createCustomer(ctx.prisma, {
    firstName: 'Morgan',
    lastName: 'Ellery',
    userId: `m.ellery${Math.floor(Math.random() * 1e6)}`,
  });
});

const change = (accessToken: string, currentPassword: string, newPassword: string) =>
  ctx.app.inject({
    method: 'POST',
    url: '/api/v1/auth/change-password',
    headers: bearer(accessToken),
    payload: { currentPassword, newPassword },
  });

describe('change password', () => {
  it('grants a fresh session, ends every other one, retires the old password and notifies', async () => {
    const here = await signIn(ctx.app, customer.userId);
    const elsewhere = await signIn(ctx.app, customer.userId);

    const answer = await change(here.accessToken, FIXTURE_PASSWORD, NEW_PASSWORD);
    expect(answer.statusCode, answer.body).toBe(200);
    expect(answer.json()).toMatchObject({ expiresIn: 900, mustChangePassword: false });
    const fresh = { accessToken: answer.json().accessToken, refreshToken: refreshCookieOf(answer) };

    for (const old of [here, elsewhere]) {
      expect((await getMe(ctx.app, old.accessToken)).statusCode).toBe(401);
      expect((await refresh(ctx.app, old.refreshToken)).statusCode).toBe(401);
    }
    expect((await getMe(ctx.app, fresh.accessToken)).statusCode).toBe(200);
    expect((await refresh(ctx.app, fresh.refreshToken)).statusCode).toBe(200);

    expect((await postSignIn(ctx.app, customer.userId, FIXTURE_PASSWORD)).statusCode).toBe(401);
    expect((await postSignIn(ctx.app, customer.userId, NEW_PASSWORD)).statusCode).toBe(200);

    const notifications = await ctx.prisma.notification.findMany({
      where: { accountId: customer.accountId },
    });
    expect(notifications.map((n) => n.kind)).toEqual(['password_changed']);
    const actions = (await ctx.prisma.auditEvent.findMany({ where: { accountId: customer.accountId } })).map(
      (e) => e.action,
    );
    expect(actions).toEqual(expect.arrayContaining(['password_changed', 'session_revoked']));
  });

  it('refuses a wrong current password on its field, and counts it towards the lockout', async () => {
    const { accessToken } = await signIn(ctx.app, customer.userId);
    const answer = await change(accessToken, 'this is not my password', NEW_PASSWORD);
    expect(answer.statusCode).toBe(400);
    expect(answer.json().error.fields).toEqual([
      { field: 'currentPassword', message: 'Your current password is not correct.' },
    ]);
    const account = await ctx.prisma.customerAccount.findUniqueOrThrow({ where: { id: customer.accountId } });
    expect(account.failedSignInCount).toBe(1);
  });

  it('applies the policy to the new password and wants it different from the current one', async () => {
    const { accessToken } = await signIn(ctx.app, customer.userId);
    const cases: Array<[string, RegExp]> = [
      ['short password', /at least 15 characters/],
      ['passwordpassword', /list of passwords/],
      [`my name is morgan ellery`, /your name/],
      [`${customer.userId} forever and ever`, /User ID/],
      ['i work at childsupport daily', /childsupport/],
      [FIXTURE_PASSWORD, /different from your current/],
    ];
    for (const [newPassword, message] of cases) {
      const answer = await change(accessToken, FIXTURE_PASSWORD, newPassword);
      expect(answer.statusCode, newPassword).toBe(400);
      expect(answer.json().error.fields).toEqual(
        expect.arrayContaining([{ field: 'newPassword', message: expect.stringMatching(message) }]),
      );
    }
    expect((await postSignIn(ctx.app, customer.userId, FIXTURE_PASSWORD)).statusCode).toBe(200);
  });
});

describe('a session that must change its password', () => {
  it('may only change the password, read /me, refresh and sign out; then it becomes a full session', async () => {
    const restricted = await createCustomer(ctx.prisma, { mustChangePassword: true });
    const session = await signIn(ctx.app, restricted.userId);
    expect(session.mustChangePassword).toBe(true);

    const blocked = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/auth/sign-ins',
      headers: bearer(session.accessToken),
    });
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().error.code).toBe('PASSWORD_CHANGE_REQUIRED');
    expect(
      (
        await ctx.app.inject({
          method: 'POST',
          url: '/api/v1/auth/sign-out-everywhere',
          headers: bearer(session.accessToken),
        })
      ).statusCode,
    ).toBe(403);
    const me = await getMe(ctx.app, session.accessToken);
    expect(me.statusCode).toBe(200);
    expect(me.json().mustChangePassword).toBe(true);
    const refreshed = await refresh(ctx.app, session.refreshToken);
    expect(refreshed.json().mustChangePassword).toBe(true);

    const changed = await change(refreshed.json().accessToken, FIXTURE_PASSWORD, NEW_PASSWORD);
    expect(changed.statusCode).toBe(200);
    expect(changed.json().mustChangePassword).toBe(false);
    expect(
      (
        await ctx.app.inject({
          method: 'GET',
          url: '/api/v1/auth/sign-ins',
          headers: bearer(changed.json().accessToken),
        })
      ).statusCode,
    ).toBe(200);
    expect((await getMe(ctx.app, changed.json().accessToken)).json().mustChangePassword).toBe(false);
  });
});
