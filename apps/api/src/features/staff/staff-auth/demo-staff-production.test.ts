// The demo staff accounts' password and authenticator secret are printed in the README: a
// production database that holds them (a restored demo dump, a forgotten seed) must still never
// let them in. The server sets refuseDemoStaff in production (start.ts); other names are unaffected.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaffUser, postStaffSignIn, STAFF_PASSWORD, totpAt } from '../../../testing/staff.ts';
import { createTestApp, type TestApp } from '../../../testing/test-app.ts';

let production: TestApp;
let development: TestApp;

beforeAll(async () => {
  production = await createTestApp({ refuseDemoStaff: true });
  development = await createTestApp();
  for (const ctx of [production, development]) {
    for (const [username, role] of [
      ['agent.demo', 'agent'],
      ['supervisor.demo', 'supervisor'],
      ['admin.demo', 'admin'],
      ['agent.real', 'agent'],
    ] as const) {
      await createStaffUser(ctx.prisma, { username, role });
    }
  }
});
afterAll(async () => {
  await production?.close();
  await development?.close();
});

const signIn = (ctx: TestApp, username: string) =>
  postStaffSignIn(ctx.app, {
    username,
    password: STAFF_PASSWORD,
    totp: totpAt(ctx.clock),
    acknowledgedWarning: true,
  });

describe('demo staff accounts in production', () => {
  it('cannot sign in with the published credentials, answered like any wrong sign-in and audited', async () => {
    for (const username of ['agent.demo', 'supervisor.demo', ' Admin.Demo ']) {
      const response = await signIn(production, username);
      expect(response.statusCode, username).toBe(401);
      expect(response.json().error.code).toBe('INVALID_CREDENTIALS');
      expect(response.headers['set-cookie']).toBeUndefined();
    }
    const refused = await production.prisma.auditEvent.findMany({
      where: { action: 'staff_sign_in', outcome: 'denied' },
    });
    expect(refused.map((event) => event.details)).toEqual(
      Array.from({ length: 3 }, () => ({ reason: 'demo_account_in_production' })),
    );
  });

  it('leaves other staff accounts alone', async () => {
    expect((await signIn(production, 'agent.real')).statusCode).toBe(200);
  });

  it('still signs the demo staff in outside production', async () => {
    expect((await signIn(development, 'agent.demo')).statusCode).toBe(200);
  });
});
