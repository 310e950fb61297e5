// docs/product.md §5: every security event of these flows lands in the audit trail with the client IP and
// the request id, and no row holds a password, an answer, a token or an SSN.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createCase,
  createPerson,
  createQuestions,
  nextCaseNumber,
  nextSsn,
} from '../../testing/fixtures.ts';
import { bearer, postSignIn, refresh, refreshCookieOf, signIn, withRefresh } from '../../testing/http.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';

const PASSWORD = 'zephyr quartz mango 9182';
const NEW_PASSWORD = 'copper lantern meadow 4471';
const ANSWERS = ['turquoise-cat', 'valdosta-town', 'pickles-dog'];
const IP = '198.51.100.23';
let ctx: TestApp;
const secrets: string[] = [PASSWORD, NEW_PASSWORD, ...ANSWERS];

beforeAll(async () => {
  ctx = await createTestApp();
  await createQuestions(ctx.prisma);
});
afterAll(() => ctx.close());

const post = (url: string, payload?: object, headers: Record<string, string> = {}) =>
  ctx.app.inject({ method: 'POST', url, payload, headers, remoteAddress: IP });

describe('audit trail', () => {
  it('records each security event with IP and request id, and never a secret', async () => {
    const ssn = nextSsn();
    secrets.push(ssn, ssn.replaceAll('-', ''));
    const identity = {
      caseNumber: nextCaseNumber(),
      firstName: 'Alex',
      lastName: 'Stone',
      dateOfBirth: '1979-03-03',
      ssn,
    };
    await createCase(ctx.prisma, identity.caseNumber, await createPerson(ctx.prisma, identity));

    expect((await post('/api/v1/registration/verify', { ...identity, firstName: 'Alexa' })).statusCode).toBe(
      422,
    );
    const verified = await post('/api/v1/registration/verify', identity);
    const registrationToken: string = verified.json().registrationToken;
    const completed = await post('/api/v1/registration/complete', {
      registrationToken,
      userId: 'alex.stone79',
      password: PASSWORD,
      securityAnswers: ANSWERS.map((answer, index) => ({ questionId: index + 1, answer })),
    });
    expect(completed.statusCode).toBe(201);
    secrets.push(registrationToken, completed.json().accessToken, refreshCookieOf(completed));
    expect((await post('/api/v1/registration/verify', identity)).statusCode).toBe(422); // now a duplicate

    for (let i = 0; i < 11; i += 1) await postSignIn(ctx.app, 'alex.stone79', `${PASSWORD}x`);
    ctx.clock.advance(15 * 60_000);
    const session = await signIn(ctx.app, 'alex.stone79', PASSWORD, { 'x-forwarded-for': '203.0.113.1' });
    const rotated = refreshCookieOf(await refresh(ctx.app, session.refreshToken));
    await refresh(ctx.app, rotated); // the successor used on…
    await refresh(ctx.app, session.refreshToken); // …then the first token again: reuse
    secrets.push(session.accessToken, session.refreshToken, rotated);

    const second = await signIn(ctx.app, 'alex.stone79', PASSWORD);
    const changed = await post(
      '/api/v1/auth/change-password',
      { currentPassword: PASSWORD, newPassword: NEW_PASSWORD },
      bearer(second.accessToken),
    );
    expect(changed.statusCode).toBe(200);
    await post('/api/v1/auth/sign-out', undefined, withRefresh(refreshCookieOf(changed)));
    const third = await signIn(ctx.app, 'alex.stone79', NEW_PASSWORD);
    await post('/api/v1/auth/sign-out-everywhere', undefined, bearer(third.accessToken));
    const fourth = await signIn(ctx.app, 'alex.stone79', NEW_PASSWORD);
    ctx.clock.advance(16 * 60_000);
    await refresh(ctx.app, fourth.refreshToken);
    secrets.push(second.refreshToken, third.refreshToken, fourth.refreshToken);

    for (let i = 0; i < 5; i += 1)
      await post('/api/v1/registration/verify', { ...identity, dateOfBirth: '1979-03-04' });

    const events = await ctx.prisma.auditEvent.findMany({
      where: { NOT: { action: 'demo_data_seeded' } },
      orderBy: { id: 'asc' },
    });
    const seen = new Set(
      events.map(
        (e) => `${e.action}:${e.outcome}:${String((e.details as Record<string, unknown>)['reason'] ?? '')}`,
      ),
    );
    for (const expected of [
      'registration_verify:failure:name_mismatch',
      'registration_verify:success:',
      'registration_completed:success:',
      'registration_duplicate:denied:',
      'registration_blocked:denied:',
      'sign_in:failure:wrong_password',
      'account_locked:success:',
      'sign_in:success:',
      'session_revoked:denied:reuse_detected',
      'password_changed:success:',
      'session_revoked:success:password_changed',
      'session_revoked:success:sign_out',
      'session_revoked:success:sign_out_everywhere',
      'session_revoked:success:idle_timeout',
    ]) {
      expect(seen, expected).toContain(expected);
    }
    for (const event of events) {
      expect(event.requestId, event.action).toMatch(/^[0-9a-f-]{36}$/);
      expect(event.ip, event.action).toMatch(/^(198\.51\.100\.23|127\.0\.0\.1)$/);
      const row = JSON.stringify({ ...event, id: String(event.id) });
      for (const secret of secrets)
        expect(row.includes(secret), `${event.action} holds a secret`).toBe(false);
    }
    const completedEvent = events.find((e) => e.action === 'registration_completed');
    expect(completedEvent?.requestId).toBe(completed.headers['x-request-id']);
    expect(completedEvent?.ip).toBe(IP);
  });
});
