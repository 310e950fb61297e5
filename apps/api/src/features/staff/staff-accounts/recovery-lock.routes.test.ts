// Lifting a recovery lock, end to end with the real self-service recovery: 3 failed answer sets
// lock recovery → the account view says "Recovery locked until …" → an agent lifts it with a
// reason → the customer recovers on their own at once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCustomer, createQuestions } from '../../../testing/fixtures.ts';
import { fixtureAnswers, identityOf, postAnswer, start, wrongAnswers } from '../../../testing/recovery.ts';
import { createStaffUser, signInStaff, staffBearer } from '../../../testing/staff.ts';
import { createTestApp, type TestApp } from '../../../testing/test-app.ts';

let ctx: TestApp;
let agent: string;

beforeAll(async () => {
  ctx = await createTestApp();
  await createQuestions(ctx.prisma);
  await createStaffUser(ctx.prisma, { username: 'lift.tester', role: 'agent' });
  agent = (await signInStaff(ctx, 'lift.tester')).accessToken;
});
afterAll(() => ctx.close());

describe('lift a recovery lock', () => {
  it('lets a customer locked out of recovery recover on their own again', async () => {
    const customer = await createCustomer(ctx.prisma, { firstName: 'Robin', lastName: 'Hale' });
    const identity = identityOf(customer);
    for (let i = 0; i < 3; i += 1) {
      const { recoveryToken, questions } = await start(ctx.app, identity);
      await postAnswer(ctx.app, { recoveryToken, answers: wrongAnswers(questions), recover: 'userId' });
      ctx.clock.advance(1_000);
    }
    const view = async () =>
      (
        await ctx.app.inject({
          method: 'GET',
          url: `/api/v1/staff/accounts/${customer.accountId}`,
          headers: staffBearer(agent),
        })
      ).json();
    const locked = await view();
    expect(locked.badges.map((b: { kind: string }) => b.kind)).toEqual(['active', 'recovery_locked']);
    expect(locked.recoveryLockedUntil).not.toBeNull();
    expect(locked.securityEvents.map((e: { description: string }) => e.description)).toContain(
      'Self-service recovery locked after too many wrong answers',
    );

    const lifted = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/staff/accounts/${customer.accountId}/lift-recovery-lock`,
      payload: { reason: 'Caller verified; guided through self-service' },
      headers: staffBearer(agent),
    });
    expect(lifted.json()).toMatchObject({ ok: true, changed: true, badges: [{ kind: 'active' }] });

    const { recoveryToken, questions } = await start(ctx.app, identity);
    const recovered = await postAnswer(ctx.app, {
      recoveryToken,
      answers: fixtureAnswers(questions),
      recover: 'userId',
    });
    expect(recovered.statusCode, recovered.body).toBe(200);
    expect(recovered.json().userId).toBe(customer.userId);
    expect((await view()).recoveryLockedUntil).toBeNull();
  });
});
