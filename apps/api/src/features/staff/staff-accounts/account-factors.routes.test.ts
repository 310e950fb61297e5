// The console's view of a parent's factors: which ones (never a secret), and an agent removing the
// authenticator app the parent lost, only after verifying the caller — audited and emailed — after
// which the parent's password alone signs in again.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCustomer, createQuestions, FIXTURE_PASSWORD } from '../../../testing/fixtures.ts';
import { postSignIn } from '../../../testing/http.ts';
import { createStaffUser, signInStaff, staffBearer, testFieldCipher } from '../../../testing/staff.ts';
import { createTestApp, type TestApp } from '../../../testing/test-app.ts';

let ctx: TestApp;
let agent: string;

beforeAll(async () => {
  ctx = await createTestApp();
  await createQuestions(ctx.prisma);
  await createStaffUser(ctx.prisma, { username: 'factor.tester', role: 'agent' });
  agent = (await signInStaff(ctx, 'factor.tester')).accessToken;
});
afterAll(() => ctx.close());

describe('a parent’s factors in the console', () => {
  it('shows them without secrets and removes a lost authenticator app after the caller is verified', async () => {
    const customer = await createCustomer(ctx.prisma, { email: 'lost.phone@example.org' });
    await ctx.prisma.customerAccount.update({
      where: { id: customer.accountId },
      data: {
        totpSecretCiphertext: new Uint8Array(testFieldCipher.encrypt('KRSXG5CTMVRXEZLU')),
        totpEnrolledAt: ctx.clock.now(),
      },
    });
    const url = `/api/v1/staff/accounts/${customer.accountId}`;
    const view = await ctx.app.inject({ method: 'GET', url: `${url}/factors`, headers: staffBearer(agent) });
    expect(view.statusCode).toBe(200);
    expect(view.json()).toEqual({ passkeys: [], totp: true, email: false, recoveryCodesLeft: 0 });
    expect(view.body).not.toContain('KRSXG5CTMVRXEZLU');
    expect((await postSignIn(ctx.app, customer.userId, FIXTURE_PASSWORD)).json().secondFactor).toBeTruthy();

    const remove = (payload: object) =>
      ctx.app.inject({ method: 'POST', url: `${url}/remove-factor`, headers: staffBearer(agent), payload });
    const unverified = await remove({ factor: 'totp', reason: 'Lost phone' });
    expect(unverified.statusCode).toBe(400);
    expect(unverified.json().error.fields[0].field).toBe('callerVerified');

    const removed = await remove({ factor: 'totp', callerVerified: true, reason: 'Caller lost their phone' });
    expect(removed.statusCode, removed.body).toBe(200);
    expect(removed.json().totp).toBe(false);
    const event = await ctx.prisma.auditEvent.findFirstOrThrow({ where: { action: 'staff_factor_removed' } });
    expect(event.details).toMatchObject({ factor: 'totp', callerVerified: true });
    const mail = await ctx.prisma.emailOutbox.findFirstOrThrow({
      where: { toAddress: 'lost.phone@example.org' },
    });
    expect(mail.subject).toContain('A contact center agent removed a sign-in method');
    expect((await postSignIn(ctx.app, customer.userId, FIXTURE_PASSWORD)).json().accessToken).toEqual(
      expect.any(String),
    );
  });
});
