// Recovery step 2 (docs/product.md §3.4): normalised answers to exactly the questions asked; decoys fail
// like wrong answers (same answer, same argon2 work); 3 failed sets lock recovery — not sign-in —
// for 24 hours; a token serves one recovery; the User ID alone changes nothing else.
import { verifySecret } from '@cos/security';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  createCustomer,
  createQuestions,
  FIXTURE_ANSWERS,
  FIXTURE_PASSWORD,
  nextSsn,
} from '../../testing/fixtures.ts';
import { countingVerifier, getMe, postSignIn, refresh, signIn } from '../../testing/http.ts';
import {
  fixtureAnswers,
  identityOf,
  postAnswer,
  recover,
  start,
  wrongAnswers,
  type Identity,
} from '../../testing/recovery.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';

const HOUR = 3_600_000;
const verifier = countingVerifier(verifySecret);
let ctx: TestApp;
let customer: Awaited<ReturnType<typeof createCustomer>>;

beforeAll(async () => {
  ctx = await createTestApp({ verifyPassword: verifier.verify });
  await createQuestions(ctx.prisma);
});
afterAll(() => ctx.close());
beforeEach(async () => {
  customer = await createCustomer(ctx.prisma, { email: 'taylor.brooks@example.com' });
  ctx.clock.advance(1_000);
});

const errorOf = (response: Awaited<ReturnType<typeof postAnswer>>) => {
  const { requestId, ...rest } = response.json().error;
  expect(requestId).toEqual(expect.any(String));
  return { status: response.statusCode, ...rest };
};

describe('POST /api/v1/recovery/answer', () => {
  it('accepts the answers whatever their case and spacing, and gives the User ID and a temporary password', async () => {
    const { recoveryToken, questions } = await start(ctx.app, identityOf(customer));
    const response = await postAnswer(ctx.app, {
      recoveryToken,
      answers: fixtureAnswers(questions, (a) => `  ${a.toUpperCase()}  `),
      recover: 'both',
    });
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    expect(body.userId).toBe(customer.userId);
    expect(body.temporaryPassword).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){6}[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(new Date(body.expiresAt).getTime()).toBe(ctx.clock.now().getTime() + 24 * HOUR);

    const account = await ctx.prisma.customerAccount.findUniqueOrThrow({ where: { id: customer.accountId } });
    expect(account).toMatchObject({ mustChangePassword: true, tempPasswordUsedAt: null });
    expect(account.tempPasswordHash).toMatch(/^\$argon2id\$/);
    expect(account.tempPasswordHash).not.toContain(body.temporaryPassword);
  });

  it('collapses inner spaces too', async () => {
    await ctx.prisma.securityAnswer.updateMany({
      where: { accountId: customer.accountId },
      data: { answerHash: await import('@cos/security').then((s) => s.hashAnswer('new york city')) },
    });
    const { recoveryToken, questions } = await start(ctx.app, identityOf(customer));
    const answers = questions.map(({ id }) => ({ questionId: id, answer: '  New   York\u00a0City ' }));
    expect((await postAnswer(ctx.app, { recoveryToken, answers, recover: 'userId' })).statusCode).toBe(200);
  });

  it('does not let the client choose the questions: another of the person’s questions, right or not, fails', async () => {
    const { recoveryToken, questions } = await start(ctx.app, identityOf(customer));
    const notAsked = [1, 2, 3].find((id) => !questions.some((q) => q.id === id));
    if (notAsked === undefined) throw new Error('all three questions were asked');
    const swapped = [
      ...fixtureAnswers(questions).slice(1),
      { questionId: notAsked, answer: FIXTURE_ANSWERS[notAsked - 1] ?? '' },
    ];
    expect(
      errorOf(await postAnswer(ctx.app, { recoveryToken, answers: swapped, recover: 'userId' })),
    ).toMatchObject({ status: 422, code: 'RECOVERY_NOT_VERIFIED' });

    const { recoveryToken: second, questions: asked } = await start(ctx.app, identityOf(customer));
    const onlyOne = fixtureAnswers(asked).slice(0, 1);
    expect(
      (await postAnswer(ctx.app, { recoveryToken: second, answers: onlyOne, recover: 'userId' })).statusCode,
    ).toBe(422);

    // All three answered right is not "the asked ones" either (this third failure locks recovery).
    const { recoveryToken: third, questions: askedAgain } = await start(ctx.app, identityOf(customer));
    const extra = [
      ...fixtureAnswers(askedAgain),
      { questionId: notAsked, answer: FIXTURE_ANSWERS[notAsked - 1] ?? '' },
    ];
    expect(
      (await postAnswer(ctx.app, { recoveryToken: third, answers: extra, recover: 'userId' })).json().error
        .code,
    ).toBe('RECOVERY_LOCKED');
  });

  it('fails a decoy exactly like a wrong answer, with as many argon2 verifications', async () => {
    const real = await start(ctx.app, identityOf(customer));
    verifier.count = 0;
    const wrong = await postAnswer(ctx.app, {
      recoveryToken: real.recoveryToken,
      answers: wrongAnswers(real.questions),
      recover: 'password',
    });
    const realVerifications = verifier.count;

    const unknown: Identity = { ...identityOf(customer), ssn: nextSsn() };
    const decoy = await start(ctx.app, unknown);
    verifier.count = 0;
    // Even the "right" fixture answers cannot open a decoy.
    const decoyAnswer = await postAnswer(ctx.app, {
      recoveryToken: decoy.recoveryToken,
      answers: fixtureAnswers(decoy.questions),
      recover: 'password',
    });
    expect(verifier.count).toBe(realVerifications);
    expect(realVerifications).toBe(2);
    expect(errorOf(decoyAnswer)).toEqual(errorOf(wrong));
    expect(decoyAnswer.headers['content-type']).toBe(wrong.headers['content-type']);
  });

  it('refuses a forged, altered or expired token as expired', async () => {
    const { recoveryToken, questions } = await start(ctx.app, identityOf(customer));
    const answers = fixtureAnswers(questions);
    const flipped = `${recoveryToken.slice(0, 40)}${recoveryToken[40] === 'A' ? 'B' : 'A'}${recoveryToken.slice(41)}`;
    for (const token of ['nonsense', flipped]) {
      expect(
        errorOf(await postAnswer(ctx.app, { recoveryToken: token, answers, recover: 'userId' })),
      ).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
    }
    ctx.clock.advance(15 * 60_000 + 1_000);
    expect((await postAnswer(ctx.app, { recoveryToken, answers, recover: 'userId' })).statusCode).toBe(401);
  });

  it('serves one recovery per token', async () => {
    const { recoveryToken, questions } = await start(ctx.app, identityOf(customer));
    const payload = { recoveryToken, answers: fixtureAnswers(questions), recover: 'userId' };
    expect((await postAnswer(ctx.app, payload)).statusCode).toBe(200);
    expect((await postAnswer(ctx.app, { ...payload, recover: 'password' })).statusCode).toBe(401);
  });

  it('locks recovery (not sign-in) after 3 failed answer sets, verifies nothing while locked, and unlocks after 24 hours', async () => {
    const identity = identityOf(customer);
    const answers: Array<ReturnType<typeof errorOf>> = [];
    for (let i = 0; i < 3; i += 1) {
      const { recoveryToken, questions } = await start(ctx.app, identity);
      answers.push(
        errorOf(
          await postAnswer(ctx.app, { recoveryToken, answers: wrongAnswers(questions), recover: 'password' }),
        ),
      );
      ctx.clock.advance(1_000);
    }
    expect(answers.slice(0, 2).map((a) => a.code)).toEqual([
      'RECOVERY_NOT_VERIFIED',
      'RECOVERY_NOT_VERIFIED',
    ]);
    expect(answers[2]).toMatchObject({
      status: 403,
      code: 'RECOVERY_LOCKED',
      message: expect.stringContaining('1-877-423-4746'),
    });
    const account = await ctx.prisma.customerAccount.findUniqueOrThrow({ where: { id: customer.accountId } });
    expect(account.recoveryLockedUntil?.getTime()).toBe(ctx.clock.now().getTime() - 1_000 + 24 * HOUR);

    // Locked: even the right answers are not checked.
    const { recoveryToken, questions } = await start(ctx.app, identity);
    verifier.count = 0;
    const locked = await postAnswer(ctx.app, {
      recoveryToken,
      answers: fixtureAnswers(questions),
      recover: 'password',
    });
    expect(errorOf(locked)).toMatchObject({ status: 403, code: 'RECOVERY_LOCKED' });
    expect(verifier.count).toBe(0);

    // Sign-in is not locked.
    expect((await postSignIn(ctx.app, customer.userId, FIXTURE_PASSWORD)).statusCode).toBe(200);

    ctx.clock.advance(24 * HOUR);
    const after = await start(ctx.app, identity);
    expect(
      (
        await postAnswer(ctx.app, {
          recoveryToken: after.recoveryToken,
          answers: fixtureAnswers(after.questions),
          recover: 'userId',
        })
      ).statusCode,
    ).toBe(200);

    const events = await ctx.prisma.auditEvent.findMany({
      where: { accountId: customer.accountId, action: { in: ['recovery_answer', 'recovery_locked'] } },
      orderBy: { id: 'asc' },
    });
    expect(events.map((e) => `${e.action}:${e.outcome}`)).toEqual([
      'recovery_answer:failure',
      'recovery_answer:failure',
      'recovery_answer:failure',
      'recovery_locked:success',
      'recovery_answer:denied',
      'recovery_answer:success',
    ]);
  });

  it('locks a decoy identity after 3 failures too, with the same answers', async () => {
    const unknown: Identity = {
      firstName: 'Dee',
      lastName: 'Coy',
      ssn: nextSsn(),
      dateOfBirth: '1979-09-09',
    };
    const codes = [];
    for (let i = 0; i < 4; i += 1) {
      const { recoveryToken, questions } = await start(ctx.app, unknown);
      codes.push(
        errorOf(
          await postAnswer(ctx.app, { recoveryToken, answers: wrongAnswers(questions), recover: 'password' }),
        ).code,
      );
      ctx.clock.advance(1_000);
    }
    expect(codes).toEqual([
      'RECOVERY_NOT_VERIFIED',
      'RECOVERY_NOT_VERIFIED',
      'RECOVERY_LOCKED',
      'RECOVERY_LOCKED',
    ]);
  });

  it('holds the limit under parallel guesses: at most 3 answer sets are verified', async () => {
    const tokens = [];
    for (let i = 0; i < 5; i += 1) tokens.push(await start(ctx.app, identityOf(customer))); // 5 starts a day per SSN
    verifier.count = 0;
    const answers = await Promise.all(
      tokens.map(({ recoveryToken, questions }) =>
        postAnswer(ctx.app, { recoveryToken, answers: wrongAnswers(questions), recover: 'password' }),
      ),
    );
    const codes = answers.map((answer) => answer.json().error.code).sort();
    expect(codes).toEqual([
      'RECOVERY_LOCKED',
      'RECOVERY_LOCKED',
      'RECOVERY_LOCKED',
      'RECOVERY_NOT_VERIFIED',
      'RECOVERY_NOT_VERIFIED',
    ]);
    expect(verifier.count).toBe(3 * 2);
    const account = await ctx.prisma.customerAccount.findUniqueOrThrow({ where: { id: customer.accountId } });
    expect(account.recoveryLockedUntil).not.toBeNull();
  });

  it('recovers the User ID alone without touching the password or the sessions, and notifies', async () => {
    const session = await signIn(ctx.app, customer.userId);
    const body = await recover(ctx.app, customer, 'userId');
    expect(body).toMatchObject({ userId: customer.userId });
    expect(body.temporaryPassword).toBeUndefined();
    expect(body.expiresAt).toBeUndefined();

    expect((await getMe(ctx.app, session.accessToken)).statusCode).toBe(200);
    expect((await refresh(ctx.app, session.refreshToken)).statusCode).toBe(200);
    expect((await postSignIn(ctx.app, customer.userId, FIXTURE_PASSWORD)).statusCode).toBe(200);
    const account = await ctx.prisma.customerAccount.findUniqueOrThrow({ where: { id: customer.accountId } });
    expect(account).toMatchObject({ mustChangePassword: false, tempPasswordHash: null });

    const notifications = await ctx.prisma.notification.findMany({
      where: { accountId: customer.accountId },
    });
    expect(notifications.map((n) => n.kind)).toEqual(['user_id_recovered']);
    const mail = await ctx.prisma.emailOutbox.findMany({
      where: { toAddress: 'taylor.brooks@example.com', subject: 'Your User ID was looked up' },
    });
    expect(mail.length).toBeGreaterThan(0);
  });

  it('a temporary password retires the old one and every session, and notifies without revealing it', async () => {
    const before = await signIn(ctx.app, customer.userId);
    const other = await signIn(ctx.app, customer.userId);
    const { temporaryPassword } = await recover(ctx.app, customer, 'password');
    if (!temporaryPassword) throw new Error('no temporary password');

    for (const session of [before, other]) {
      expect((await getMe(ctx.app, session.accessToken)).statusCode).toBe(401);
      expect((await refresh(ctx.app, session.refreshToken)).statusCode).toBe(401);
    }
    expect((await postSignIn(ctx.app, customer.userId, FIXTURE_PASSWORD)).statusCode).toBe(401);

    const notification = await ctx.prisma.notification.findFirstOrThrow({
      where: { accountId: customer.accountId },
    });
    expect(notification.kind).toBe('password_reset');
    const mail = await ctx.prisma.emailOutbox.findFirstOrThrow({
      where: { toAddress: 'taylor.brooks@example.com' },
      orderBy: { createdAt: 'desc' },
    });
    expect(mail.body).toBe(notification.body);
    const canonical = temporaryPassword.replaceAll('-', '');
    for (const text of [notification.subject, notification.body, mail.subject, mail.body]) {
      expect(text).not.toContain(temporaryPassword);
      expect(text).not.toContain(canonical);
    }
    const revoked = await ctx.prisma.auditEvent.findFirst({
      where: { accountId: customer.accountId, action: 'session_revoked' },
    });
    expect(revoked?.details).toMatchObject({ reason: 'password_reset', sessions: 2 });
    expect(
      await ctx.prisma.auditEvent.count({
        where: { accountId: customer.accountId, action: 'temporary_password_issued' },
      }),
    ).toBe(1);
  });

  it('sends no email when none is on file, but still records the notification', async () => {
    const quiet = await createCustomer(ctx.prisma);
    const mailBefore = await ctx.prisma.emailOutbox.count();
    await recover(ctx.app, quiet, 'both');
    expect(await ctx.prisma.emailOutbox.count()).toBe(mailBefore);
    expect(await ctx.prisma.notification.count({ where: { accountId: quiet.accountId } })).toBe(1);
  });
});
