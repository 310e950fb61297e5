// Registration step 2 through the API: credentials checked against the policy and the answer
// rules, the account written with hashed secrets and signed in, and one account only however many
// completions race for the same person.
import { loadCommonPasswords } from '@cos/contracts';
import { verifyAnswer } from '@cos/security';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCase, createPerson, createQuestions, nextCaseNumber, nextSsn } from '../../testing/fixtures.ts';
import { getMe, refreshCookieOf } from '../../testing/http.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';

const PASSWORD = 'window maple thunder 31';
const answers = [
  { questionId: 1, answer: 'Green' },
  { questionId: 2, answer: '  Savannah ' },
  { questionId: 3, answer: 'Biscuit' },
];
let ctx: TestApp;
let serial = 0;

beforeAll(async () => {
  ctx = await createTestApp();
  await createQuestions(ctx.prisma);
});
afterAll(() => ctx.close());

/** A fresh unregistered person on a case, through the identity check: their registration token. */
async function verifiedPerson(firstName = 'Jamie', lastName = 'Rivers') {
  const identity = { caseNumber: nextCaseNumber(), firstName, lastName, dateOfBirth: '1990-09-09', ssn: nextSsn() };
  const personId = await createPerson(ctx.prisma, identity);
  await createCase(ctx.prisma, identity.caseNumber, personId);
  const response = await ctx.app.inject({ method: 'POST', url: '/api/v1/registration/verify', payload: identity });
  expect(response.statusCode, response.body).toBe(200);
  return { personId, registrationToken: response.json().registrationToken as string };
}

const complete = (payload: object) => ctx.app.inject({ method: 'POST', url: '/api/v1/registration/complete', payload });
const credentials = (registrationToken: string, extra: object = {}) => ({
  registrationToken,
  userId: `jamie.r${(serial += 1)}`,
  password: PASSWORD,
  securityAnswers: answers,
  ...extra,
});
const fieldsOf = (response: Awaited<ReturnType<typeof complete>>) => response.json().error.fields as Array<{ field: string; message: string }>;

describe('registration credentials', () => {
  it('creates the account with hashed secrets, in one go, and signs the person in', async () => {
    const { personId, registrationToken } = await verifiedPerson();
    const response = await complete(credentials(registrationToken, { userId: 'Jamie.Rivers', email: 'jamie@example.com' }));
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toEqual({ accessToken: expect.any(String), expiresIn: 900, mustChangePassword: false });
    expect(refreshCookieOf(response)).toMatch(/^[A-Za-z0-9_-]{43}$/);

    const account = await ctx.prisma.customerAccount.findUniqueOrThrow({
      where: { personId },
      include: { securityAnswers: { orderBy: { questionId: 'asc' } } },
    });
    expect(account).toMatchObject({ userId: 'Jamie.Rivers', userIdNormalized: 'jamie.rivers', email: 'jamie@example.com', status: 'active' });
    expect(account.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,p=1,t=2\$/);
    expect(account.securityAnswers.map((a) => a.questionId)).toEqual([1, 2, 3]);
    expect(await verifyAnswer(account.securityAnswers[1]?.answerHash ?? '', 'savannah')).toBe(true);
    expect(JSON.stringify(account)).not.toMatch(/Savannah|Biscuit|window maple/i);

    const me = await getMe(ctx.app, response.json().accessToken);
    expect(me.json()).toEqual({ userId: 'Jamie.Rivers', firstName: 'Jamie', lastName: 'Rivers', email: 'j•••@example.com', previousSignInAt: null, mustChangePassword: false });
    const audit = await ctx.prisma.auditEvent.findFirstOrThrow({ where: { action: 'registration_completed', accountId: account.id } });
    expect(audit).toMatchObject({ ip: '127.0.0.1', requestId: response.headers['x-request-id'] });
  });

  it('refuses a User ID that is taken, whatever its case', async () => {
    const first = await verifiedPerson();
    expect((await complete(credentials(first.registrationToken, { userId: 'Popular.Name' }))).statusCode).toBe(201);
    const second = await verifiedPerson();
    const response = await complete(credentials(second.registrationToken, { userId: 'popular.NAME' }));
    expect(response.statusCode).toBe(409);
    expect(response.json().error).toMatchObject({ code: 'CONFLICT', fields: [{ field: 'userId', message: 'That User ID is taken. Choose another.' }] });
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
    const response = await complete(credentials(registrationToken, {
      userId: 'answer.tester',
      securityAnswers: [
        { questionId: 1, answer: '  Ab ' },
        { questionId: 2, answer: 'ANSWER.tester' },
        { questionId: 4, answer: PASSWORD.toUpperCase() },
      ],
    }));
    expect(response.statusCode).toBe(400);
    expect(fieldsOf(response)).toEqual([
      { field: 'securityAnswers.0.answer', message: 'Use at least 3 characters.' },
      { field: 'securityAnswers.1.answer', message: 'Your answer cannot be your User ID.' },
      { field: 'securityAnswers.2.answer', message: 'Your answer cannot be your password.' },
    ]);
    const repeated = await complete(credentials(registrationToken, {
      securityAnswers: [{ questionId: 1, answer: 'same' }, { questionId: 2, answer: ' SAME ' }, { questionId: 99, answer: 'other' }],
    }));
    expect(fieldsOf(repeated)).toEqual([
      { field: 'securityAnswers.1.answer', message: 'Use a different answer for each question.' },
      { field: 'securityAnswers.2.questionId', message: 'Choose a question from the list.' },
    ]);
    const sameQuestion = await complete(credentials(registrationToken, { securityAnswers: [answers[0], answers[0], answers[1]] }));
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

  it('creates exactly one account for 20 concurrent completions, answering the rest 409', { timeout: 60_000 }, async () => {
    const { personId, registrationToken } = await verifiedPerson();
    const answersOf20 = await Promise.all(Array.from({ length: 20 }, (_, i) => complete(credentials(registrationToken, { userId: `racer.number${i}` }))));
    const statuses = answersOf20.map((a) => a.statusCode);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(19);
    for (const answer of answersOf20.filter((a) => a.statusCode === 409)) expect(answer.json().error.code).toBe('CONFLICT');
    expect(await ctx.prisma.customerAccount.count({ where: { personId } })).toBe(1);
  });
});

describe('password policy through the API (SPEC.md §5)', () => {
  it('publishes the rules in force', async () => {
    const response = await ctx.app.inject({ method: 'GET', url: '/api/v1/auth/password-policy' });
    expect(response.json()).toEqual({ minLength: 15, maxLength: 128, agencyWords: ['childsupport', 'dcss'] });
  });

  it('rejects 14 characters, 129 characters, 14 emoji, a listed password and one containing the User ID or name', async () => {
    const common = await loadCommonPasswords();
    const listed = ['passwordpassword', '1qaz2wsx3edc4rfv'];
    for (const password of listed) expect(common.has(password), password).toBe(true);
    const { registrationToken } = await verifiedPerson('Quinn', 'Harper');
    const rejected: Array<[string, RegExp]> = [
      ['a'.repeat(14), /at least 15 characters/],
      ['b'.repeat(129), /at most 128 characters/],
      ['🐢'.repeat(14), /at least 15 characters/],
      ...listed.map((password): [string, RegExp] => [password, /list of passwords/]),
      ['my id is quinn.h2026 ok', /User ID/],
      ['quinn harper is my name', /your name/],
      ['working for dcss is great', /dcss/],
    ];
    for (const [password, message] of rejected) {
      const response = await complete(credentials(registrationToken, { userId: 'Quinn.H2026', password }));
      expect(response.statusCode, password).toBe(400);
      expect(fieldsOf(response)).toEqual(expect.arrayContaining([{ field: 'password', message: expect.stringMatching(message) }]));
    }
  });

  it('accepts 15 characters, 128 characters and 15 emoji', async () => {
    for (const password of ['sunlit orchards', 'x'.repeat(100) + ' y'.repeat(14), '🐢'.repeat(15)]) {
      expect([...password].length).toBeOneOf([15, 128]);
      const { registrationToken } = await verifiedPerson();
      const response = await complete(credentials(registrationToken, { password }));
      expect(response.statusCode, `${[...password].length}: ${response.body}`).toBe(201);
    }
  });
});
