// A staff member chooses their own password: an admin's temporary password is flagged and expires,
// the first sign-in must replace it before the authenticator is set up, and anyone may change
// their own later. The current password counts towards the lockout; other sessions end.
import { securityPolicy } from '@cos/security';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSeededTestApp } from '../../../testing/seeded-app.ts';
import {
  createStaffUser,
  postStaffSignIn,
  signInStaff,
  STAFF_PASSWORD,
  staffBearer,
  staffRefreshCookieOf,
  totpAt,
  withStaffRefresh,
} from '../../../testing/staff.ts';
import type { TestApp } from '../../../testing/test-app.ts';

const HOUR = 60 * 60_000;
const NEW_PASSWORD = 'copper kettle mountain 1987';
let ctx: TestApp;
let serial = 0;

beforeAll(async () => {
  ctx = await createSeededTestApp();
});
afterAll(() => ctx.close());

const post = (url: string, token: string, payload?: object) =>
  ctx.app.inject({ method: 'POST', url, payload, headers: staffBearer(token) });
const me = (token: string) =>
  ctx.app.inject({ method: 'GET', url: '/api/v1/staff/me', headers: staffBearer(token) });
const change = (token: string, currentPassword: string, newPassword: string) =>
  post('/api/v1/staff/auth/change-password', token, { currentPassword, newPassword });
const passwordSignIn = (username: string, password: string) =>
  postStaffSignIn(ctx.app, { username, password, acknowledgedWarning: true });

// The tests move the clock by hours, past any access token: the admin signs in afresh each time.
const adminToken = async () => (await signInStaff(ctx, 'admin.demo')).accessToken;

/** A staff user made by an admin in the console, with the temporary password shown to the admin. */
async function newColleague() {
  const username = `new.colleague${(serial += 1)}`;
  const created = await post('/api/v1/admin/staff-users', await adminToken(), {
    username,
    displayName: `New Colleague${serial}`,
    role: 'agent',
  });
  expect(created.statusCode, created.body).toBe(201);
  const { user, temporaryPassword } = created.json() as { user: { id: string }; temporaryPassword: string };
  return { username, id: user.id, temporaryPassword };
}

async function restrictedSession(username: string, password: string) {
  const response = await passwordSignIn(username, password);
  expect(response.statusCode, response.body).toBe(200);
  return { grant: response.json(), refreshToken: staffRefreshCookieOf(response) };
}

describe('temporary staff passwords', () => {
  it('are flagged, with their expiry, on create and reset; the seeded staff are not', async () => {
    const { id, username } = await newColleague();
    const created = await ctx.prisma.staffUser.findUniqueOrThrow({ where: { id } });
    expect(created.mustChangePassword).toBe(true);
    expect(created.tempPasswordExpiresAt?.getTime()).toBe(
      ctx.clock.now().getTime() + securityPolicy.temporaryPassword.expiryHours * HOUR,
    );
    await ctx.prisma.staffUser.update({
      where: { id },
      // A reset mails the new temporary password, so the colleague needs an address.
      data: { mustChangePassword: false, tempPasswordExpiresAt: null, email: `${username}@agency.example` },
    });
    ctx.clock.advance(HOUR);
    expect((await post(`/api/v1/admin/staff-users/${id}/reset`, await adminToken())).statusCode).toBe(200);
    const reset = await ctx.prisma.staffUser.findUniqueOrThrow({ where: { username } });
    expect(reset.mustChangePassword).toBe(true);
    expect(reset.tempPasswordExpiresAt?.getTime()).toBe(
      ctx.clock.now().getTime() + securityPolicy.temporaryPassword.expiryHours * HOUR,
    );
    const seeded = await ctx.prisma.staffUser.findMany({
      where: { username: { in: ['agent.demo', 'supervisor.demo', 'admin.demo'] } },
    });
    expect(seeded.map((u) => [u.username, u.mustChangePassword, u.tempPasswordExpiresAt])).toEqual(
      expect.arrayContaining([
        ['agent.demo', false, null],
        ['supervisor.demo', false, null],
        ['admin.demo', false, null],
      ]),
    );
    const demo = await signInStaff(ctx, 'agent.demo');
    expect(demo.response.json()).toMatchObject({ mustChangePassword: false, mustEnrollTotp: false });
  });

  it('is refused after its expiry with the same answer as a wrong password, the reason audited', async () => {
    const { id, username, temporaryPassword } = await newColleague();
    const wrong = await passwordSignIn(username, 'not the temporary one at all');
    ctx.clock.advance(securityPolicy.temporaryPassword.expiryHours * HOUR + 1000);
    const expired = await passwordSignIn(username, temporaryPassword);
    expect(expired.statusCode).toBe(401);
    expect(expired.body).toBe(wrong.body);
    const [event] = await ctx.prisma.auditEvent.findMany({
      where: { action: 'staff_sign_in', actorId: id },
      orderBy: { id: 'desc' },
      take: 1,
    });
    expect(event).toMatchObject({ outcome: 'failure', details: { reason: 'temporary_password_expired' } });
  });
});

describe('the first sign-in', () => {
  it('must choose a password before setting up the authenticator, then goes on in the same session', async () => {
    const { id, username, temporaryPassword } = await newColleague();
    const { grant, refreshToken } = await restrictedSession(username, temporaryPassword);
    expect(grant).toMatchObject({ mustEnrollTotp: true, mustChangePassword: true });
    expect((await me(grant.accessToken)).json()).toMatchObject({
      mustEnrollTotp: true,
      mustChangePassword: true,
    });
    for (const step of ['enroll', 'confirm']) {
      const refused = await post(
        `/api/v1/staff/auth/totp/${step}`,
        grant.accessToken,
        step === 'confirm' ? { totp: '123456' } : undefined,
      );
      expect(refused.statusCode, step).toBe(403);
      expect(refused.json().error.code).toBe('PASSWORD_CHANGE_REQUIRED');
    }
    expect((await ctx.prisma.staffUser.findUniqueOrThrow({ where: { id } })).totpSecretCiphertext).toBeNull();

    const changed = await change(grant.accessToken, temporaryPassword, NEW_PASSWORD);
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({ mustEnrollTotp: true, mustChangePassword: false });
    const stored = await ctx.prisma.staffUser.findUniqueOrThrow({ where: { id } });
    expect(stored).toMatchObject({ mustChangePassword: false, tempPasswordExpiresAt: null });
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);
    const refreshed = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/staff/auth/refresh',
      headers: withStaffRefresh(refreshToken),
    });
    expect(refreshed.json()).toMatchObject({ mustEnrollTotp: true, mustChangePassword: false });

    const token = refreshed.json().accessToken;
    const { secret } = (await post('/api/v1/staff/auth/totp/enroll', token)).json();
    const confirmed = await post('/api/v1/staff/auth/totp/confirm', token, {
      totp: totpAt(ctx.clock, secret),
    });
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    expect(confirmed.json()).toMatchObject({ mustEnrollTotp: false, mustChangePassword: false });
    ctx.clock.advance(30_000);
    expect(
      (
        await postStaffSignIn(ctx.app, {
          username,
          password: temporaryPassword,
          totp: totpAt(ctx.clock, secret),
          acknowledgedWarning: true,
        })
      ).statusCode,
    ).toBe(401);
    ctx.clock.advance(30_000);
    expect(
      (
        await postStaffSignIn(ctx.app, {
          username,
          password: NEW_PASSWORD,
          totp: totpAt(ctx.clock, secret),
          acknowledgedWarning: true,
        })
      ).statusCode,
    ).toBe(200);
  });

  it('refuses a wrong current password on the field, and counts it towards the sign-in lockout', async () => {
    const { id, username, temporaryPassword } = await newColleague();
    const { grant } = await restrictedSession(username, temporaryPassword);
    const wrong = await change(grant.accessToken, 'a guess at the password', NEW_PASSWORD);
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.fields).toEqual([
      { field: 'currentPassword', message: 'Your current password is not correct.' },
    ]);
    expect((await ctx.prisma.staffUser.findUniqueOrThrow({ where: { id } })).failedSignInCount).toBe(1);
    for (let attempt = 2; attempt <= securityPolicy.signInLockout.maxFailures + 1; attempt += 1) {
      expect((await change(grant.accessToken, `guess number ${attempt}`, NEW_PASSWORD)).statusCode).toBe(400);
    }
    expect((await ctx.prisma.staffUser.findUniqueOrThrow({ where: { id } })).lockedUntil).not.toBeNull();
    expect(
      await ctx.prisma.auditEvent.count({ where: { action: 'staff_account_locked', subjectId: id } }),
    ).toBe(1);
    // Locked: even the right password changes nothing, and sign-in is refused.
    const locked = await change(grant.accessToken, temporaryPassword, NEW_PASSWORD);
    expect(locked.json().error.fields[0].field).toBe('currentPassword');
    expect((await passwordSignIn(username, temporaryPassword)).statusCode).toBe(401);
    expect(
      await ctx.prisma.auditEvent.count({
        where: { action: 'staff_password_changed', actorId: id, outcome: 'failure' },
      }),
    ).toBe(securityPolicy.signInLockout.maxFailures + 2);
  });

  it('refuses a weak new password and the current one on the newPassword field', async () => {
    const { username, temporaryPassword } = await newColleague();
    const { grant } = await restrictedSession(username, temporaryPassword);
    for (const newPassword of ['short', temporaryPassword, `${username} and more words`]) {
      const refused = await change(grant.accessToken, temporaryPassword, newPassword);
      expect(refused.statusCode, newPassword).toBe(400);
      expect(
        refused.json().error.fields.map((f: { field: string }) => f.field),
        newPassword,
      ).toContain('newPassword');
    }
  });
});

describe('changing your own password', () => {
  it('from a full session: ends every other session, keeps this one, audited without secrets', async () => {
    const username = `full.session${(serial += 1)}`;
    const id = await createStaffUser(ctx.prisma, { username, role: 'agent' });
    const other = await signInStaff(ctx, username);
    const current = await signInStaff(ctx, username);
    const changed = await change(current.accessToken, STAFF_PASSWORD, NEW_PASSWORD);
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({ mustEnrollTotp: false, mustChangePassword: false, role: 'agent' });
    expect(changed.headers['set-cookie']).toBeUndefined();

    expect((await me(other.accessToken)).statusCode).toBe(401);
    expect(
      (
        await ctx.app.inject({
          method: 'POST',
          url: '/api/v1/staff/auth/refresh',
          headers: withStaffRefresh(other.refreshToken),
        })
      ).statusCode,
    ).toBe(401);
    expect((await me(current.accessToken)).statusCode).toBe(200);
    expect((await me(changed.json().accessToken)).statusCode).toBe(200);
    expect(
      (
        await ctx.app.inject({
          method: 'POST',
          url: '/api/v1/staff/auth/refresh',
          headers: withStaffRefresh(current.refreshToken),
        })
      ).statusCode,
    ).toBe(200);

    const events = await ctx.prisma.auditEvent.findMany({
      where: { action: 'staff_password_changed', actorId: id },
    });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      outcome: 'success',
      subjectId: id,
      details: { temporary: false, otherSessionsEnded: 1 },
    });
    const written = JSON.stringify(events.map((event) => event.details));
    for (const secret of [NEW_PASSWORD, STAFF_PASSWORD, 'argon2']) expect(written).not.toContain(secret);

    expect((await passwordSignIn(username, STAFF_PASSWORD)).statusCode).toBe(401);
    await signInStaff(ctx, username, { password: NEW_PASSWORD });
  });

  it('is refused without a session', async () => {
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/staff/auth/change-password',
      payload: { currentPassword: 'x', newPassword: NEW_PASSWORD },
    });
    expect(response.statusCode).toBe(401);
  });
});
