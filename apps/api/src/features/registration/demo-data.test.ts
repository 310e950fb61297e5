// The fixed demo records of docs/product.md §7 work end to end: Jordan Avery registers, demo.parent signs
// in with the documented password, and the seeded locked and disabled accounts get the one answer.
import { DEMO_CUSTOMER_PASSWORD, FIXED_PEOPLE, seedDemoData } from '@cos/db';
import { createFieldCipher } from '@cos/security';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getMe, postSignIn, signIn } from '../../testing/http.ts';
import { createTestApp, testSecrets, testSsnCipher, type TestApp } from '../../testing/test-app.ts';

let ctx: TestApp;
beforeAll(async () => {
  ctx = await createTestApp();
  await seedDemoData(ctx.prisma, {
    ssnCipher: testSsnCipher,
    fieldCipher: createFieldCipher(testSecrets.fieldEncryptionKey),
    nodeEnv: 'test',
    now: ctx.clock.now(),
  });
});
afterAll(() => ctx.close());

describe('demo data', () => {
  it('lets Jordan Avery register and land signed in', async () => {
    const { jordan } = FIXED_PEOPLE;
    const verified = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/registration/verify',
      payload: {
        caseNumber: '1000000003',
        firstName: jordan.firstName,
        lastName: jordan.lastName,
        dateOfBirth: jordan.dateOfBirth,
        ssn: jordan.ssn,
      },
    });
    expect(verified.statusCode, verified.body).toBe(200);
    expect(verified.json().firstName).toBe('Jordan');
    const completed = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/registration/complete',
      payload: {
        registrationToken: verified.json().registrationToken,
        userId: 'jordan.avery',
        password: 'bright river stones 88',
        securityAnswers: [
          { questionId: 1, answer: 'green' },
          { questionId: 4, answer: 'elm street' },
          { questionId: 7, answer: 'the weekend' },
        ],
      },
    });
    expect(completed.statusCode, completed.body).toBe(201);
    expect((await getMe(ctx.app, completed.json().accessToken)).json()).toMatchObject({
      userId: 'jordan.avery',
      firstName: 'Jordan',
      lastName: 'Avery',
    });
  });

  it('signs demo.parent in with the documented password', async () => {
    const { accessToken } = await signIn(ctx.app, 'demo.parent', DEMO_CUSTOMER_PASSWORD);
    const me = (await getMe(ctx.app, accessToken)).json();
    expect(me).toMatchObject({
      userId: 'demo.parent',
      firstName: 'Casey',
      lastName: 'Morgan',
      email: 'c•••@example.com',
    });
    expect(me.previousSignInAt).not.toBeNull();
  });

  it('answers the seeded locked and disabled accounts like any failure', async () => {
    const [locked, disabled] = await Promise.all([
      ctx.prisma.customerAccount.findFirstOrThrow({ where: { lockedUntil: { gt: ctx.clock.now() } } }),
      ctx.prisma.customerAccount.findFirstOrThrow({ where: { status: 'disabled' } }),
    ]);
    const wrong = await postSignIn(ctx.app, 'demo.parent', 'not the demo password');
    for (const account of [locked, disabled]) {
      const answer = await postSignIn(ctx.app, account.userId, DEMO_CUSTOMER_PASSWORD);
      expect(answer.statusCode).toBe(401);
      expect(answer.body).toBe(wrong.body);
    }
  });
});
