// Changing the security questions (Security page): the current password is required and counted by
// the lockout; the answers follow the registration rules; the new answers are the ones recovery
// then asks for; the change is audited (never the answers) and notified.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createCustomer, createQuestions, FIXTURE_PASSWORD } from '../../testing/fixtures.ts';
import { bearer, signIn } from '../../testing/http.ts';
import { fixtureAnswers, identityOf, postAnswer, start } from '../../testing/recovery.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';

const NEW_ANSWERS = [
  { questionId: 4, answer: 'Lake Lanier' },
  { questionId: 5, answer: 'Mrs. Okafor' },
  { questionId: 6, answer: 'trombone' },
];
let ctx: TestApp;
let customer: Awaited<ReturnType<typeof createCustomer>>;
let accessToken: string;

beforeAll(async () => {
  ctx = await createTestApp();
  await createQuestions(ctx.prisma);
  await ctx.prisma.securityQuestion.update({ where: { id: 8 }, data: { active: false } });
});
afterAll(() => ctx.close());
beforeEach(async () => {
  customer = await createCustomer(ctx.prisma);
  accessToken = (await signIn(ctx.app, customer.userId)).accessToken;
});

const put = (payload: object, token = accessToken) =>
  ctx.app.inject({ method: 'PUT', url: '/api/v1/auth/security-questions', headers: bearer(token), payload });

describe('PUT /api/v1/auth/security-questions', () => {
  it('replaces the answers, which recovery then asks for, and audits and notifies without the answers', async () => {
    const mine = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/auth/security-questions',
      headers: bearer(accessToken),
    });
    expect(mine.json().items.map((q: { id: number }) => q.id)).toEqual([1, 2, 3]);

    const response = await put({ currentPassword: FIXTURE_PASSWORD, securityAnswers: NEW_ANSWERS });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().items.map((q: { id: number }) => q.id)).toEqual([4, 5, 6]);

    const { recoveryToken, questions } = await start(ctx.app, identityOf(customer));
    for (const question of questions) expect([4, 5, 6]).toContain(question.id);
    const answers = questions.map(({ id }) => ({
      questionId: id,
      answer: (NEW_ANSWERS.find((a) => a.questionId === id)?.answer ?? '').toLowerCase(),
    }));
    expect((await postAnswer(ctx.app, { recoveryToken, answers, recover: 'userId' })).statusCode).toBe(200);
    const old = await start(ctx.app, identityOf(customer));
    expect(
      (
        await postAnswer(ctx.app, {
          recoveryToken: old.recoveryToken,
          answers: fixtureAnswers(old.questions),
          recover: 'userId',
        })
      ).statusCode,
    ).toBe(422);

    const event = await ctx.prisma.auditEvent.findFirstOrThrow({
      where: { accountId: customer.accountId, action: 'security_questions_changed' },
    });
    expect(event.outcome).toBe('success');
    const row = JSON.stringify(event, (_, value: unknown) =>
      typeof value === 'bigint' ? String(value) : value,
    ).toLowerCase();
    for (const { answer } of NEW_ANSWERS) expect(row).not.toContain(answer.toLowerCase());
    expect(row).not.toContain(FIXTURE_PASSWORD);
    const kinds = (await ctx.prisma.notification.findMany({ where: { accountId: customer.accountId } })).map(
      (n) => n.kind,
    );
    expect(kinds).toContain('security_questions_changed');
  });

  it('wants the current password, and counts a wrong one towards the sign-in lockout', async () => {
    const response = await put({ currentPassword: 'not my password at all', securityAnswers: NEW_ANSWERS });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields).toEqual([
      { field: 'currentPassword', message: 'Your current password is not correct.' },
    ]);
    const account = await ctx.prisma.customerAccount.findUniqueOrThrow({
      where: { id: customer.accountId },
      include: { securityAnswers: true },
    });
    expect(account.failedSignInCount).toBe(1);
    expect(account.securityAnswers.map((a) => a.questionId).sort()).toEqual([1, 2, 3]);
  });

  it('applies the registration rules to the answers', async () => {
    const cases: Array<[Array<{ questionId: number; answer: string }>, string, RegExp]> = [
      [
        [NEW_ANSWERS[0]!, NEW_ANSWERS[1]!, { questionId: 6, answer: 'ab' }],
        'securityAnswers.2.answer',
        /at least 3/,
      ],
      [
        [NEW_ANSWERS[0]!, NEW_ANSWERS[1]!, { questionId: 6, answer: ` ${customer.userId.toUpperCase()} ` }],
        'securityAnswers.2.answer',
        /User ID/,
      ],
      [
        [NEW_ANSWERS[0]!, NEW_ANSWERS[1]!, { questionId: 6, answer: FIXTURE_PASSWORD }],
        'securityAnswers.2.answer',
        /password/,
      ],
      [
        [NEW_ANSWERS[0]!, NEW_ANSWERS[1]!, { questionId: 6, answer: 'lake   LANIER' }],
        'securityAnswers.2.answer',
        /different answer/,
      ],
      [
        [NEW_ANSWERS[0]!, NEW_ANSWERS[1]!, { questionId: 8, answer: 'retired question' }],
        'securityAnswers.2.questionId',
        /from the list/,
      ],
    ];
    for (const [securityAnswers, field, message] of cases) {
      const response = await put({ currentPassword: FIXTURE_PASSWORD, securityAnswers });
      expect(response.statusCode, field).toBe(400);
      expect(response.json().error.fields).toEqual([{ field, message: expect.stringMatching(message) }]);
    }
    const repeated = await put({
      currentPassword: FIXTURE_PASSWORD,
      securityAnswers: [NEW_ANSWERS[0], NEW_ANSWERS[1], { questionId: 4, answer: 'other' }],
    });
    expect(repeated.statusCode).toBe(400);
    expect(
      (await ctx.prisma.customerAccount.findUniqueOrThrow({ where: { id: customer.accountId } }))
        .failedSignInCount,
    ).toBe(0);
  });

  it('needs a full session', async () => {
    expect(
      (await ctx.app.inject({ method: 'PUT', url: '/api/v1/auth/security-questions', payload: {} }))
        .statusCode,
    ).toBe(401);
    const restricted = await createCustomer(ctx.prisma, { mustChangePassword: true });
    const session = await signIn(ctx.app, restricted.userId);
    const response = await put(
      { currentPassword: FIXTURE_PASSWORD, securityAnswers: NEW_ANSWERS },
      session.accessToken,
    );
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('PASSWORD_CHANGE_REQUIRED');
  });
});
