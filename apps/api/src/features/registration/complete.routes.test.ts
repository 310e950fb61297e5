// Registration step 2 through the API: credentials checked against the policy and the answer
// rules, the account written with hashed secrets and signed in, and one account only however many
// completions race for the same person.
import { verifyAnswer } from '@cos/security';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createQuestions } from '../../testing/fixtures.ts';
import { getMe, refreshCookieOf } from '../../testing/http.ts';
import {
  credentials,
  fieldsOf,
  REGISTRATION_ANSWERS,
  REGISTRATION_PASSWORD,
  complete as post,
  verifiedPerson as verified,
} from '../../testing/registration.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';

let ctx: TestApp;
beforeAll(async () => {
  ctx = await createTestApp();
  await createQuestions(ctx.prisma);
});
afterAll(() => ctx.close());

const complete = (payload: object) => post(ctx, payload);
const verifiedPerson = () => verified(ctx);
const PASSWORD = REGISTRATION_PASSWORD;
const answers = REGISTRATION_ANSWERS;

describe('registration credentials', () => {
  it('creates the account with hashed secrets, in one go, and signs the person in', async () => {
    const { personId, registrationToken } = await verifiedPerson();
    const response = await complete(
      credentials(registrationToken, { userId: 'Jamie.Rivers', email: 'jamie@example.com' }),
    );
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toEqual({
      accessToken: expect.any(String),
      expiresIn: 900,
      mustChangePassword: false,
    });
    expect(refreshCookieOf(response)).toMatch(/^[A-Za-z0-9_-]{43}$/);

    const account = await ctx.prisma.customerAccount.findUniqueOrThrow({
      where: { personId },
      include: { securityAnswers: { orderBy: { questionId: 'asc' } } },
    });
    expect(account).toMatchObject({
      userId: 'Jamie.Rivers',
      userIdNormalized: 'jamie.rivers',
      email: 'jamie@example.com',
      status: 'active',
    });
    expect(account.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,p=1,t=2\$/);
    expect(account.securityAnswers.map((a) => a.questionId)).toEqual([1, 2, 3]);
    expect(await verifyAnswer(account.securityAnswers[1]?.answerHash ?? '', 'savannah')).toBe(true);
    expect(JSON.stringify(account)).not.toMatch(/Savannah|Biscuit|window maple/i);

    const me = await getMe(ctx.app, response.json().accessToken);
    expect(me.json()).toEqual({
      userId: 'Jamie.Rivers',
      firstName: 'Jamie',
      lastName: 'Rivers',
      email: 'j•••@example.com',
      previousSignInAt: null,
      mustChangePassword: false,
      preferredLanguage: 'en',
    });
    const audit = await ctx.prisma.auditEvent.findFirstOrThrow({
      where: { action: 'registration_completed', accountId: account.id },
    });
    expect(audit).toMatchObject({ ip: '127.0.0.1', requestId: response.headers['x-request-id'] });
  });

  it('refuses a User ID that is taken, whatever its case', async () => {
    const first = await verifiedPerson();
    expect(
      (await complete(credentials(first.registrationToken, { userId: 'Popular.Name' }))).statusCode,
    ).toBe(201);
    const second = await verifiedPerson();
    const response = await complete(credentials(second.registrationToken, { userId: 'popular.NAME' }));
    expect(response.statusCode).toBe(409);
    expect(response.json().error).toMatchObject({
      code: 'CONFLICT',
      fields: [{ field: 'userId', message: 'That User ID is taken. Choose another.' }],
    });
  });

  it('checks User ID syntax: 6–30 letters, digits, dots, underscores and hyphens', async () => {
    const { registrationToken } = await verifiedPerson();
    for (const userId of ['short', 'x'.repeat(31), 'has space', 'semi;colon']) {
      const response = await complete(credentials(registrationToken, { userId }));
      expect(response.statusCode, userId).toBe(400);
      expect(fieldsOf(response)[0]?.field).toBe('userId');
    }
  });

  it('refuses weak security answers, each on its own field', async () => {
    const { registrationToken } = await verifiedPerson();
    const response = await complete(
      credentials(registrationToken, {
        userId: 'answer.tester',
        securityAnswers: [
          { questionId: 1, answer: '  Ab ' },
          { questionId: 2, answer: 'ANSWER.tester' },
          { questionId: 4, answer: PASSWORD.toUpperCase() },
        ],
      }),
    );
    expect(response.statusCode).toBe(400);
    expect(fieldsOf(response)).toEqual([
      { field: 'securityAnswers.0.answer', message: 'Use at least 3 characters.' },
      { field: 'securityAnswers.1.answer', message: 'Your answer cannot be your User ID.' },
      { field: 'securityAnswers.2.answer', message: 'Your answer cannot be your password.' },
    ]);
    const repeated = await complete(
      credentials(registrationToken, {
        securityAnswers: [
          { questionId: 1, answer: 'same' },
          { questionId: 2, answer: ' SAME ' },
          { questionId: 99, answer: 'other' },
        ],
      }),
    );
    expect(fieldsOf(repeated)).toEqual([
      { field: 'securityAnswers.1.answer', message: 'Use a different answer for each question.' },
      { field: 'securityAnswers.2.questionId', message: 'Choose a question from the list.' },
    ]);
    const sameQuestion = await complete(
      credentials(registrationToken, { securityAnswers: [answers[0], answers[0], answers[1]] }),
    );
    expect(sameQuestion.statusCode).toBe(400);
  });

  it('refuses a missing, forged or expired registration token', async () => {
    const { registrationToken } = await verifiedPerson();
    expect((await complete(credentials('not-a-token'))).statusCode).toBe(401);
    expect((await complete(credentials(`${registrationToken.slice(0, -2)}xx`))).statusCode).toBe(401);
    ctx.clock.advance(15 * 60_000 + 1000);
    const expired = await complete(credentials(registrationToken));
    expect(expired.statusCode).toBe(401);
    expect(expired.json().error.code).toBe('UNAUTHENTICATED');
  });

  it('lets a person register only once', async () => {
    const { registrationToken } = await verifiedPerson();
    expect((await complete(credentials(registrationToken))).statusCode).toBe(201);
    const again = await complete(credentials(registrationToken));
    expect(again.statusCode).toBe(409);
    expect(again.json().error.fields).toBeUndefined();
  });

  it(
    'creates exactly one account for 20 concurrent completions, answering the rest 409',
    { timeout: 60_000 },
    async () => {
      const { personId, registrationToken } = await verifiedPerson();
      const answersOf20 = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          complete(credentials(registrationToken, { userId: `racer.number${i}` })),
        ),
      );
      const statuses = answersOf20.map((a) => a.statusCode);
      expect(statuses.filter((s) => s === 201)).toHaveLength(1);
      expect(statuses.filter((s) => s === 409)).toHaveLength(19);
      for (const answer of answersOf20.filter((a) => a.statusCode === 409))
        expect(answer.json().error.code).toBe('CONFLICT');
      expect(await ctx.prisma.customerAccount.count({ where: { personId } })).toBe(1);
    },
  );
});
