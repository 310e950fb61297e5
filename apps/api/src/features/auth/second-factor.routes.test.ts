// The second factor after a password, over real HTTP and PostgreSQL: an authenticator app (TOTP)
// and email codes, each wrong, replayed, expired and locked; the 10 recovery codes, each single
// use; and recovery, which for a parent with a factor never succeeds on the security questions
// alone. Policy figures (code lifetime, code attempts, hand-over lifetime) are tested by moving
// the injected clock.
import { createFieldCipher } from '@cos/security';
import { createGuardrails, generateSync } from 'otplib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCustomer, createQuestions, FIXTURE_PASSWORD } from '../../testing/fixtures.ts';
import { bearer, postSignIn, signIn } from '../../testing/http.ts';
import { fixtureAnswers, identityOf, postAnswer, start } from '../../testing/recovery.ts';
import { createTestApp, testSecrets, type TestApp } from '../../testing/test-app.ts';

let ctx: TestApp;
const SECRET = 'KRSXG5CTMVRXEZLU';
const guardrails = createGuardrails({ MIN_SECRET_BYTES: 10 });
const codeAt = (date: Date) =>
  generateSync({ secret: SECRET, epoch: Math.floor(date.getTime() / 1000), guardrails });
const cipher = createFieldCipher(testSecrets.fieldEncryptionKey);

beforeAll(async () => {
  ctx = await createTestApp();
  await createQuestions(ctx.prisma);
});
afterAll(() => ctx.close());

const post = (url: string, payload: object, accessToken?: string) =>
  ctx.app.inject({ method: 'POST', url, payload, ...(accessToken ? { headers: bearer(accessToken) } : {}) });

async function totpCustomer() {
  const customer = await createCustomer(ctx.prisma, {
    email: `${Math.random().toString(36).slice(2)}@example.org`,
  });
  await ctx.prisma.customerAccount.update({
    where: { id: customer.accountId },
    data: { totpSecretCiphertext: new Uint8Array(cipher.encrypt(SECRET)), totpEnrolledAt: ctx.clock.now() },
  });
  return customer;
}

async function passwordStep(userId: string) {
  const response = await postSignIn(ctx.app, userId, FIXTURE_PASSWORD);
  expect(response.statusCode, response.body).toBe(200);
  const body = response.json();
  expect(body.accessToken).toBeUndefined();
  return body.secondFactor as { token: string; methods: string[] };
}

const latestEmail = async (to: string) =>
  (await ctx.prisma.emailOutbox.findFirstOrThrow({ where: { toAddress: to }, orderBy: { id: 'desc' } })).body;
const codeIn = (body: string) => /\b(\d{6})\b/.exec(body)?.[1] ?? '';

describe('authenticator app (TOTP) after the password', () => {
  it('asks for the code instead of signing in, then a right code signs in', async () => {
    const customer = await totpCustomer();
    const pending = await passwordStep(customer.userId);
    expect(pending.methods).toEqual(['totp']);
    const response = await post('/api/v1/auth/second-factor', {
      token: pending.token,
      method: 'totp',
      code: codeAt(ctx.clock.now()),
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().accessToken).toEqual(expect.any(String));
  });

  it('refuses a wrong code and a replayed one (single use), each counted as a failure', async () => {
    const customer = await totpCustomer();
    const pending = await passwordStep(customer.userId);
    const wrong = await post('/api/v1/auth/second-factor', {
      token: pending.token,
      method: 'totp',
      code: '000000',
    });
    expect(wrong.statusCode).toBe(401);
    const code = codeAt(ctx.clock.now());
    expect(
      (await post('/api/v1/auth/second-factor', { token: pending.token, method: 'totp', code })).statusCode,
    ).toBe(200);
    const again = await passwordStep(customer.userId);
    const replayed = await post('/api/v1/auth/second-factor', { token: again.token, method: 'totp', code });
    expect(replayed.statusCode).toBe(401);
    const reasons = (
      await ctx.prisma.auditEvent.findMany({
        where: { accountId: customer.accountId, action: 'sign_in', outcome: 'failure' },
      })
    ).map((event) => (event.details as { reason: string }).reason);
    expect(reasons).toEqual(expect.arrayContaining(['wrong_totp', 'totp_replayed']));
  });

  it('refuses a hand-over token older than the policy allows (10 minutes)', async () => {
    const customer = await totpCustomer();
    const pending = await passwordStep(customer.userId);
    ctx.clock.advance(10 * 60_000 + 1_000);
    const late = await post('/api/v1/auth/second-factor', {
      token: pending.token,
      method: 'totp',
      code: codeAt(ctx.clock.now()),
    });
    expect(late.statusCode).toBe(401);
  });

  it('locks the account after wrong codes, and a locked account takes no right code', async () => {
    const customer = await totpCustomer();
    const pending = await passwordStep(customer.userId); // 1 attempt counted
    for (let i = 0; i < 10; i += 1) {
      await post('/api/v1/auth/second-factor', { token: pending.token, method: 'totp', code: '000000' });
    }
    const account = await ctx.prisma.customerAccount.findUniqueOrThrow({ where: { id: customer.accountId } });
    expect(account.lockedUntil).not.toBeNull();
    const right = await post('/api/v1/auth/second-factor', {
      token: pending.token,
      method: 'totp',
      code: codeAt(ctx.clock.now()),
    });
    expect(right.statusCode).toBe(401);
    expect(
      await ctx.prisma.auditEvent.count({
        where: { accountId: customer.accountId, action: 'account_locked' },
      }),
    ).toBe(1);
  });
});

describe('email codes and recovery codes', () => {
  let customer: Awaited<ReturnType<typeof createCustomer>>;
  let recoveryCodes: string[];

  it('turns email codes on with a code sent to the address (after the password) and gives 10 recovery codes once', async () => {
    customer = await createCustomer(ctx.prisma, {
      email: 'email.factor@example.org',
      preferredLanguage: 'es',
    });
    const token = (await signIn(ctx.app, customer.userId)).accessToken;
    expect(
      (await post('/api/v1/me/email-factor/start', { currentPassword: 'wrong password here' }, token))
        .statusCode,
    ).toBe(400);
    expect(
      (await post('/api/v1/me/email-factor/start', { currentPassword: FIXTURE_PASSWORD }, token)).statusCode,
    ).toBe(200);
    const body = await latestEmail('email.factor@example.org');
    // In the parent's language only.
    expect(body).toContain('Su código');
    expect(body).not.toContain('Your code');
    const confirmed = await post('/api/v1/me/email-factor/confirm', { code: codeIn(body) }, token);
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    recoveryCodes = confirmed.json().recoveryCodes;
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    const stored = await ctx.prisma.customerRecoveryCode.findMany({
      where: { accountId: customer.accountId },
    });
    expect(stored.map((row) => row.codeHash)).not.toContain(recoveryCodes[0]);
  });

  it('signs in with an emailed code; a wrong, a replayed and an expired code are refused', async () => {
    const pending = await passwordStep(customer.userId);
    expect(pending.methods).toEqual(['email', 'recovery_code']);
    await post('/api/v1/auth/second-factor/email-code', { token: pending.token });
    const code = codeIn(await latestEmail(customer.userId.length ? 'email.factor@example.org' : ''));
    const attempt = (value: string) =>
      post('/api/v1/auth/second-factor', { token: pending.token, method: 'email', code: value });
    expect((await attempt(code === '000000' ? '111111' : '000000')).statusCode).toBe(401);
    expect((await attempt(code)).statusCode).toBe(200);
    const replay = await passwordStep(customer.userId);
    expect(
      (await post('/api/v1/auth/second-factor', { token: replay.token, method: 'email', code })).statusCode,
    ).toBe(401);

    await post('/api/v1/auth/second-factor/email-code', { token: replay.token });
    const late = codeIn(await latestEmail('email.factor@example.org'));
    ctx.clock.advance(10 * 60_000 + 1);
    expect(
      (await post('/api/v1/auth/second-factor', { token: replay.token, method: 'email', code: late }))
        .statusCode,
    ).toBe(401);
  });

  it('kills an emailed code after 5 wrong tries, even if the right one follows', async () => {
    await ctx.prisma.customerAccount.update({
      where: { id: customer.accountId },
      data: { lockedUntil: null, failedSignInCount: 0 },
    });
    const pending = await passwordStep(customer.userId);
    await post('/api/v1/auth/second-factor/email-code', { token: pending.token });
    const code = codeIn(await latestEmail('email.factor@example.org'));
    const other = code === '000000' ? '111111' : '000000';
    for (let i = 0; i < 5; i += 1) {
      await post('/api/v1/auth/second-factor', { token: pending.token, method: 'email', code: other });
    }
    expect(
      (await post('/api/v1/auth/second-factor', { token: pending.token, method: 'email', code })).statusCode,
    ).toBe(401);
  });

  it('takes each recovery code once', async () => {
    await ctx.prisma.customerAccount.update({
      where: { id: customer.accountId },
      data: { lockedUntil: null, failedSignInCount: 0 },
    });
    const code = recoveryCodes[0] ?? '';
    const first = await passwordStep(customer.userId);
    expect(
      (
        await post('/api/v1/auth/second-factor', {
          token: first.token,
          method: 'recovery_code',
          code: code.toLowerCase(),
        })
      ).statusCode,
    ).toBe(200);
    const second = await passwordStep(customer.userId);
    expect(
      (await post('/api/v1/auth/second-factor', { token: second.token, method: 'recovery_code', code }))
        .statusCode,
    ).toBe(401);
    expect(
      (
        await post('/api/v1/auth/second-factor', {
          token: second.token,
          method: 'recovery_code',
          code: recoveryCodes[1] ?? '',
        })
      ).statusCode,
    ).toBe(200);
  });
});

describe('recovery for a parent with a factor', () => {
  it('refuses the security questions alone, and recovers with them and a recovery code or an email code', async () => {
    const customer = await totpCustomer();
    const codes = await (async () => {
      const token = (
        await post('/api/v1/auth/second-factor', {
          token: (await passwordStep(customer.userId)).token,
          method: 'totp',
          code: codeAt(ctx.clock.now()),
        })
      ).json().accessToken;
      return (await post('/api/v1/me/recovery-codes', { currentPassword: FIXTURE_PASSWORD }, token)).json()
        .recoveryCodes as string[];
    })();

    const alone = await start(ctx.app, identityOf(customer));
    const refused = await postAnswer(ctx.app, {
      recoveryToken: alone.recoveryToken,
      answers: fixtureAnswers(alone.questions),
      recover: 'password',
    });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('SECOND_FACTOR_REQUIRED');
    expect(refused.body).not.toContain('temporaryPassword');

    const wrong = await post('/api/v1/recovery/answer', {
      recoveryToken: alone.recoveryToken,
      answers: fixtureAnswers(alone.questions),
      recover: 'password',
      proof: { method: 'recovery_code', code: 'AAAAA-AAAAA' },
    });
    expect(wrong.statusCode).toBe(422);

    const withCode = await post('/api/v1/recovery/answer', {
      recoveryToken: alone.recoveryToken,
      answers: fixtureAnswers(alone.questions),
      recover: 'password',
      proof: { method: 'recovery_code', code: codes[0] },
      removeAuthenticator: true,
    });
    expect(withCode.statusCode, withCode.body).toBe(200);
    expect(withCode.json().temporaryPassword).toEqual(expect.any(String));
    // The lost authenticator app was turned off: audited, and the parent is emailed.
    const account = await ctx.prisma.customerAccount.findUniqueOrThrow({ where: { id: customer.accountId } });
    expect(account.totpEnrolledAt).toBeNull();
    expect(
      await ctx.prisma.auditEvent.count({
        where: { accountId: customer.accountId, action: 'factor_removed_by_recovery' },
      }),
    ).toBe(1);
    expect(await latestEmail(account.email ?? '')).toBeTruthy();
    const subjects = (
      await ctx.prisma.emailOutbox.findMany({ where: { toAddress: account.email ?? '' } })
    ).map((m) => m.subject);
    expect(subjects.some((subject) => subject.startsWith('Your authenticator app was removed'))).toBe(true);
  });

  it('recovers with the questions and an emailed code', async () => {
    const customer = await totpCustomer();
    const { recoveryToken, questions } = await start(ctx.app, identityOf(customer));
    expect((await post('/api/v1/recovery/email-code', { recoveryToken })).statusCode).toBe(200);
    const account = await ctx.prisma.customerAccount.findUniqueOrThrow({ where: { id: customer.accountId } });
    const code = codeIn(await latestEmail(account.email ?? ''));
    const response = await post('/api/v1/recovery/answer', {
      recoveryToken,
      answers: fixtureAnswers(questions),
      recover: 'userId',
      proof: { method: 'email', code },
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().userId).toBe(customer.userId);
  });

  it("keeps today's flow for a parent with no factor", async () => {
    const customer = await createCustomer(ctx.prisma);
    const { recoveryToken, questions } = await start(ctx.app, identityOf(customer));
    const response = await postAnswer(ctx.app, {
      recoveryToken,
      answers: fixtureAnswers(questions),
      recover: 'userId',
    });
    expect(response.statusCode).toBe(200);
  });
});
