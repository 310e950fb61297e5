// docs/product.md §3.4, §5: the answers, the temporary password (after the one response that shows it) and
// the full SSN appear nowhere they could leak: no later response, no audit row, no notification,
// no outbox email and no log line (captured from pino at its most verbose level).
import { Writable } from 'node:stream';
import { hashAnswer } from '@cos/security';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loggerOptions } from '../../lib/logger.ts';
import { createCustomer, createQuestions, nextSsn } from '../../testing/fixtures.ts';
import { bearer, signIn } from '../../testing/http.ts';
import { identityOf, postAnswer, postStart } from '../../testing/recovery.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';

const ANSWERS = ['Zanzibar Quokka', 'Ottumwa Iowa', 'Pretzel The Dog'];
const NEW_PASSWORD = 'violet canyon ledger 5521';
const logLines: string[] = [];
let ctx: TestApp;

beforeAll(async () => {
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      logLines.push(chunk.toString('utf8'));
      done();
    },
  });
  const options = loggerOptions('trace');
  if (typeof options !== 'object') throw new Error('logger options expected');
  // The server's own pino options (redaction, serializers), written to memory.
  ctx = await createTestApp({ logger: { ...options, stream } });
  await createQuestions(ctx.prisma);
});
afterAll(() => ctx.close());

const rowText = (rows: unknown[]) =>
  JSON.stringify(rows, (_, value: unknown) => (typeof value === 'bigint' ? String(value) : value));

describe('secrets of a recovery', () => {
  it('appear only where they must: the temporary password once, answers and the SSN never', async () => {
    const customer = await createCustomer(ctx.prisma, { email: 'secret.keeper@example.com' });
    const hashes = await Promise.all(ANSWERS.map((answer) => hashAnswer(answer)));
    for (const [index, answerHash] of hashes.entries()) {
      await ctx.prisma.securityAnswer.update({
        where: { accountId_questionId: { accountId: customer.accountId, questionId: index + 1 } },
        data: { answerHash },
      });
    }
    const identity = identityOf(customer);
    const responses: Array<{ label: string; text: string }> = [];
    const record = <R extends { body: string; headers: object }>(label: string, response: R): R => {
      responses.push({ label, text: `${JSON.stringify(response.headers)}\n${response.body}` });
      return response;
    };
    const answerTo = (questions: Array<{ id: number }>, transform = (answer: string) => answer) =>
      questions.map(({ id }) => ({ questionId: id, answer: transform(ANSWERS[id - 1] ?? '') }));

    // A decoy, a wrong answer set, and the right one (typed sloppily).
    const decoy = record('decoy start', await postStart(ctx.app, { ...identity, ssn: nextSsn() })).body;
    const decoyStart: { recoveryToken: string; questions: Array<{ id: number }> } = JSON.parse(decoy);
    record(
      'decoy answer',
      await postAnswer(ctx.app, {
        recoveryToken: decoyStart.recoveryToken,
        answers: answerTo(decoyStart.questions),
        recover: 'both',
      }),
    );
    const wrongStart = record('start', await postStart(ctx.app, identity)).json();
    record(
      'wrong answer',
      await postAnswer(ctx.app, {
        recoveryToken: wrongStart.recoveryToken,
        answers: answerTo(wrongStart.questions, (a) => `${a} nope`),
        recover: 'both',
      }),
    );
    const rightStart = record('start', await postStart(ctx.app, identity)).json();
    const shown = await postAnswer(ctx.app, {
      recoveryToken: rightStart.recoveryToken,
      answers: answerTo(rightStart.questions, (a) => ` ${a.toUpperCase()} `),
      recover: 'both',
    });
    expect(shown.statusCode, shown.body).toBe(200);
    const temporaryPassword: string = shown.json().temporaryPassword;

    // Everything after that one answer.
    const reused = await postAnswer(ctx.app, {
      recoveryToken: rightStart.recoveryToken,
      answers: answerTo(rightStart.questions),
      recover: 'password',
    });
    record('token reuse', reused);
    const signedIn = record(
      'sign-in',
      await ctx.app.inject({
        method: 'POST',
        url: '/api/v1/auth/sign-in',
        payload: { userId: customer.userId, password: temporaryPassword },
      }),
    );
    const restricted: string = signedIn.json().accessToken;
    record('me', await ctx.app.inject({ method: 'GET', url: '/api/v1/me', headers: bearer(restricted) }));
    record(
      'blocked',
      await ctx.app.inject({ method: 'GET', url: '/api/v1/cases', headers: bearer(restricted) }),
    );
    record(
      'same password',
      await ctx.app.inject({
        method: 'POST',
        url: '/api/v1/auth/change-password',
        headers: bearer(restricted),
        payload: { currentPassword: temporaryPassword, newPassword: temporaryPassword },
      }),
    );
    const changed = record(
      'change',
      await ctx.app.inject({
        method: 'POST',
        url: '/api/v1/auth/change-password',
        headers: bearer(restricted),
        payload: { currentPassword: temporaryPassword, newPassword: NEW_PASSWORD },
      }),
    );
    expect(changed.statusCode).toBe(200);
    record(
      'second sign-in',
      await ctx.app.inject({
        method: 'POST',
        url: '/api/v1/auth/sign-in',
        payload: { userId: customer.userId, password: temporaryPassword },
      }),
    );
    const full = await signIn(ctx.app, customer.userId, NEW_PASSWORD);
    record(
      'security questions',
      await ctx.app.inject({
        method: 'PUT',
        url: '/api/v1/auth/security-questions',
        headers: bearer(full.accessToken),
        payload: {
          currentPassword: NEW_PASSWORD,
          securityAnswers: ANSWERS.map((answer, index) => ({
            questionId: index + 4,
            answer: answer.slice(0, 2),
          })),
        },
      }),
    );
    record('bad identity', await postStart(ctx.app, { ...identity, dateOfBirth: 'not a date' }));

    const secrets = [
      temporaryPassword,
      temporaryPassword.replaceAll('-', ''),
      ...ANSWERS.flatMap((answer) => [answer, answer.toLowerCase(), answer.toUpperCase()]),
      identity.ssn,
      identity.ssn.replaceAll('-', ''),
    ];
    const stores = {
      audit: rowText(await ctx.prisma.auditEvent.findMany()),
      notifications: rowText(await ctx.prisma.notification.findMany()),
      outbox: rowText(await ctx.prisma.emailOutbox.findMany()),
      attempts: rowText(await ctx.prisma.verificationAttempt.findMany()),
      logs: logLines.join(''),
    };
    expect(stores.outbox).toContain('secret.keeper@example.com');
    expect(logLines.length).toBeGreaterThan(20);
    for (const secret of secrets) {
      for (const { label, text } of responses)
        expect(text.includes(secret), `${label} response holds a secret`).toBe(false);
      for (const [store, text] of Object.entries(stores))
        expect(text.includes(secret), `${store} holds a secret`).toBe(false);
    }
    // The one place the temporary password was allowed: the answer that issued it.
    expect(shown.body).toContain(temporaryPassword);
  });
});
