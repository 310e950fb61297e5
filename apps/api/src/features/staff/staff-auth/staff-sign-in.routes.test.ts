// Console sign-in through the real app: password + TOTP (codes made with otplib at the test clock's
// time), replayed codes, the warning acknowledgement, the customer lockout rule applied to staff,
// and one identical answer for every failure.
import { verifySecret } from '@cos/security';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { countingVerifier } from '../../../testing/http.ts';
import {
  createStaffUser,
  postStaffSignIn,
  signInStaff,
  STAFF_PASSWORD,
  stepOf,
  totpAt,
} from '../../../testing/staff.ts';
import { createTestApp, type TestApp } from '../../../testing/test-app.ts';

const MINUTE = 60_000;
const IP = '198.51.100.77';
const counter = countingVerifier(verifySecret);
let ctx: TestApp;
let username: string;
let staffUserId: string;
let serial = 0;

beforeAll(async () => {
  ctx = await createTestApp({ verifyPassword: counter.verify });
});
afterAll(() => ctx.close());
beforeEach(async () => {
  username = `agent.test${(serial += 1)}`;
  staffUserId = await createStaffUser(ctx.prisma, { username, role: 'agent' });
});

const attempt = (overrides: Record<string, unknown> = {}) =>
  ctx.app.inject({
    method: 'POST',
    url: '/api/v1/staff/auth/sign-in',
    payload: {
      username,
      password: STAFF_PASSWORD,
      totp: totpAt(ctx.clock),
      acknowledgedWarning: true,
      ...overrides,
    },
    remoteAddress: IP,
  });
const user = () => ctx.prisma.staffUser.findUniqueOrThrow({ where: { id: staffUserId } });
const decode = (token: string) => JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString());
const events = (action: string) =>
  ctx.prisma.auditEvent.findMany({ where: { action, actorId: staffUserId }, orderBy: { id: 'asc' } });

describe('staff sign-in', () => {
  it('with the right code grants a console token, the staff refresh cookie, and audits the sign-in and the acknowledgement', async () => {
    const response = await attempt();
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    expect(body).toEqual({
      accessToken: expect.any(String),
      expiresIn: 900,
      role: 'agent',
      displayName: `Test agent ${username}`,
      mustEnrollTotp: false,
      mustChangePassword: false,
    });
    expect(decode(body.accessToken)).toMatchObject({
      sub: staffUserId,
      role: 'agent',
      scope: 'full',
      aud: 'cos-console',
      iss: 'cos-api',
    });
    const setCookie = String(response.headers['set-cookie']);
    expect(setCookie).toMatch(/^cos_staff_refresh=[A-Za-z0-9_-]{43};/);
    for (const part of ['Path=/api/v1/staff/auth', 'HttpOnly', 'Secure', 'SameSite=Strict'])
      expect(setCookie).toContain(part);
    expect(response.headers['cache-control']).toBe('no-store');

    const session = await ctx.prisma.refreshSession.findFirstOrThrow({ where: { staffUserId } });
    expect(session.accountId).toBeNull();
    expect(session.expiresAt.getTime() - session.createdAt.getTime()).toBe(8 * 60 * MINUTE);
    expect(Number((await user()).lastTotpStep)).toBe(stepOf(ctx.clock));

    for (const action of ['staff_sign_in', 'staff_warning_acknowledged']) {
      const [event] = await events(action);
      expect(event, action).toMatchObject({
        outcome: 'success',
        actorType: 'staff',
        actorId: staffUserId,
        subjectType: 'staff_user',
        subjectId: staffUserId,
        ip: IP,
      });
      expect(event?.requestId).toBe(response.headers['x-request-id']);
    }
    const me = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/staff/me',
      headers: { authorization: `Bearer ${body.accessToken}` },
    });
    expect(me.json()).toMatchObject({
      id: staffUserId,
      username,
      role: 'agent',
      mustEnrollTotp: false,
      sessionExpiresAt: session.expiresAt.toISOString(),
    });
  });

  it('accepts the code of the step before or after (clock drift), not two steps away', async () => {
    expect((await attempt({ totp: totpAt(ctx.clock, undefined, -2) })).statusCode).toBe(401);
    expect((await attempt({ totp: totpAt(ctx.clock, undefined, 2) })).statusCode).toBe(401);
    expect((await attempt({ totp: totpAt(ctx.clock, undefined, -1) })).statusCode).toBe(200);
  });

  it('refuses a wrong code and counts it as a failed attempt', async () => {
    const right = totpAt(ctx.clock);
    const response = await attempt({ totp: right === '123456' ? '654321' : '123456' });
    expect(response.statusCode).toBe(401);
    expect(response.json().error.code).toBe('INVALID_CREDENTIALS');
    expect((await user()).failedSignInCount).toBe(1);
    expect((await events('staff_sign_in')).map((e) => e.details)).toEqual([{ reason: 'wrong_totp' }]);
  });

  it('refuses a replayed code, and any code of an earlier step once a later one was used', async () => {
    const code = totpAt(ctx.clock);
    expect((await attempt({ totp: code })).statusCode).toBe(200);
    const replay = await attempt({ totp: code });
    expect(replay.statusCode).toBe(401);
    ctx.clock.advance(30_000);
    expect((await attempt({ totp: code })).statusCode).toBe(401); // still inside the window, but used
    expect((await attempt()).statusCode).toBe(200); // the new step's code
    expect((await events('staff_sign_in')).map((e) => e.details)).toEqual([
      expect.objectContaining({ scope: 'full' }),
      { reason: 'totp_replayed' },
      { reason: 'totp_replayed' },
      expect.objectContaining({ scope: 'full' }),
    ]);
  });

  it('lets only one of two parallel sign-ins with the same code through', async () => {
    const code = totpAt(ctx.clock);
    const answers = await Promise.all([attempt({ totp: code }), attempt({ totp: code })]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 401]);
  });

  it('requires the warning to be acknowledged (400), before any verification', async () => {
    const before = counter.count;
    for (const acknowledgedWarning of [undefined, false, 'yes']) {
      const response = await attempt({ acknowledgedWarning });
      expect(response.statusCode).toBe(400);
      expect(response.json().error.fields).toEqual([
        { field: 'acknowledgedWarning', message: expect.any(String) },
      ]);
    }
    expect(counter.count).toBe(before);
    expect((await user()).failedSignInCount).toBe(0);
  });

  it('locks after 11 failures in 15 minutes, verifies nothing during the lock, and unlocks when the clock has moved on', async () => {
    for (let i = 0; i < 6; i += 1)
      expect((await attempt({ password: 'not the console password' })).statusCode).toBe(401);
    for (let i = 0; i < 5; i += 1)
      expect((await attempt({ totp: '000000' === totpAt(ctx.clock) ? '111111' : '000000' })).statusCode).toBe(
        401,
      );
    const locked = await user();
    expect(locked.failedSignInCount).toBe(11);
    expect(locked.lockedUntil?.getTime()).toBe(ctx.clock.now().getTime() + 15 * MINUTE);
    expect(await events('staff_account_locked')).toHaveLength(0); // the system is the actor
    expect(
      await ctx.prisma.auditEvent.count({
        where: { action: 'staff_account_locked', subjectId: staffUserId },
      }),
    ).toBe(1);

    const before = counter.count;
    expect((await attempt()).statusCode).toBe(401); // the right password and code, but locked
    expect(counter.count).toBe(before);
    ctx.clock.advance(15 * MINUTE - 1000);
    expect((await attempt()).statusCode).toBe(401);
    ctx.clock.advance(1000);
    expect((await attempt()).statusCode).toBe(200);
    expect((await user()).failedSignInCount).toBe(0);
  });

  it('verifies at most 11 passwords for 50 parallel wrong attempts', async () => {
    const before = counter.count;
    const answers = await Promise.all(
      Array.from({ length: 50 }, () => attempt({ password: 'a wrong password entirely' })),
    );
    expect(answers.every((a) => a.statusCode === 401)).toBe(true);
    expect(counter.count - before).toBe(11);
  });

  // Failed before unknown_sign_in_keys: an unknown username verified a dummy hash every time.
  it('verifies at most 11 dummy hashes for 50 parallel attempts at an unknown username, then behaves locked until the lock ends', async () => {
    const before = counter.count;
    const unknown = `nobody.burst${serial}`;
    const answers = await Promise.all(
      Array.from({ length: 50 }, () => attempt({ username: unknown, password: 'a wrong password entirely' })),
    );
    expect(answers.every((a) => a.statusCode === 401)).toBe(true);
    expect(counter.count - before).toBe(11);
    ctx.clock.advance(15 * MINUTE);
    expect((await attempt({ username: unknown })).statusCode).toBe(401);
    expect(counter.count - before).toBe(12);
  });

  it('answers byte for byte the same for every failure', async () => {
    const disabled = `disabled.${serial}`;
    await createStaffUser(ctx.prisma, { username: disabled, role: 'agent', status: 'disabled' });
    const code = totpAt(ctx.clock);
    const answers = [
      await attempt({ username: 'nobody.here' }),
      await attempt({ password: 'not the console password' }),
      await attempt({ totp: code === '123456' ? '654321' : '123456' }),
      await attempt({ totp: undefined }),
      await attempt({ username: disabled }),
    ];
    expect((await attempt({ totp: code })).statusCode).toBe(200);
    answers.push(await attempt({ totp: code })); // replayed
    await ctx.prisma.staffUser.update({
      where: { id: staffUserId },
      data: { lockedUntil: new Date(ctx.clock.now().getTime() + MINUTE) },
    });
    answers.push(await attempt()); // locked
    const [first] = answers;
    expect(first?.json()).toEqual({ error: { code: 'INVALID_CREDENTIALS', message: expect.any(String) } });
    for (const answer of answers) {
      expect(answer.statusCode).toBe(401);
      expect(answer.rawPayload.equals(first?.rawPayload ?? Buffer.alloc(0))).toBe(true);
      expect(answer.headers['set-cookie']).toBeUndefined();
    }
  });

  it('takes the username case-insensitively and trimmed', async () => {
    expect((await attempt({ username: `  ${username.toUpperCase()} ` })).statusCode).toBe(200);
  });
});

describe('staff tokens and customer routes', () => {
  it('a console token is not a portal token', async () => {
    const { accessToken } = await signInStaff(ctx, username);
    const me = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/me',
      headers: { authorization: `Bearer ${accessToken}` },
    });
    expect(me.statusCode).toBe(401);
    const cases = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/cases',
      headers: { authorization: `Bearer ${accessToken}` },
    });
    expect(cases.statusCode).toBe(401);
  });

  it('the staff refresh cookie does nothing on the customer refresh route', async () => {
    const { refreshToken } = await signInStaff(ctx, username);
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/refresh',
      headers: { cookie: `cos_refresh=${refreshToken}` },
    });
    expect(response.statusCode).toBe(401);
  });

  it('stays a plain failure for an unknown user when posted through the helper', async () => {
    expect(
      (await postStaffSignIn(ctx.app, { username: 'x', password: 'y', acknowledgedWarning: true }))
        .statusCode,
    ).toBe(401);
  });
});
