// Two-step sign-in through the real app: the grant, the cookie, the claims, and the one answer that
// every failure gets.
import { verifySecret } from '@cos/security';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCustomer, createQuestions, FIXTURE_PASSWORD } from '../../testing/fixtures.ts';
import { countingVerifier, postSignIn, signIn } from '../../testing/http.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';

const counter = countingVerifier(verifySecret);
let ctx: TestApp;
let customer: Awaited<ReturnType<typeof createCustomer>>;

beforeAll(async () => {
  ctx = await createTestApp({ verifyPassword: counter.verify });
  await createQuestions(ctx.prisma);
  customer = await createCustomer(ctx.prisma, { userId: 'Pat.Sample' });
});
afterAll(() => ctx.close());

const decodeJwt = (token: string) => {
  const [header = '', payload = ''] = token.split('.');
  return {
    header: JSON.parse(Buffer.from(header, 'base64url').toString()),
    payload: JSON.parse(Buffer.from(payload, 'base64url').toString()),
  };
};

describe('sign-in step 1 (identify)', () => {
  it('answers the same for a known and an unknown User ID, without any lookup', async () => {
    const before = counter.count;
    const known = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/identify',
      payload: { userId: customer.userId },
    });
    const unknown = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/identify',
      payload: { userId: 'nobody.here' },
    });
    expect(known.statusCode).toBe(200);
    expect(known.json()).toEqual({ next: 'password' });
    expect(unknown.body).toBe(known.body);
    expect(counter.count).toBe(before);
  });
});

describe('sign-in step 2', () => {
  it('grants a 15-minute HS256 access token and an HttpOnly, Secure, SameSite=Strict refresh cookie', async () => {
    const { accessToken, expiresIn, mustChangePassword, response } = await signIn(ctx.app, customer.userId);
    expect({ expiresIn, mustChangePassword }).toEqual({ expiresIn: 900, mustChangePassword: false });
    const { header, payload } = decodeJwt(accessToken);
    expect(header.alg).toBe('HS256');
    expect(payload).toMatchObject({
      sub: customer.accountId,
      scope: 'full',
      iss: 'cos-api',
      aud: 'cos-portal',
    });
    expect(payload.sid).toMatch(/^[0-9a-f-]{36}$/);
    expect(payload.exp - payload.iat).toBe(900);
    expect(payload.iat * 1000).toBe(ctx.clock.now().getTime());

    const setCookie = String(response.headers['set-cookie']);
    expect(setCookie).toMatch(/^cos_refresh=[A-Za-z0-9_-]{43};/);
    expect(setCookie).toContain('Path=/api/v1/auth');
    expect(setCookie).toContain('HttpOnly');
    expect(setCookie).toContain('Secure');
    expect(setCookie).toContain('SameSite=Strict');
    expect(response.headers['cache-control']).toBe('no-store');
  });

  it('stores only a hash of the refresh token', async () => {
    const { refreshToken } = await signIn(ctx.app, customer.userId);
    const rows = await ctx.prisma.refreshSession.findMany({ where: { accountId: customer.accountId } });
    expect(rows.some((row) => row.tokenHash.includes(refreshToken))).toBe(false);
    expect(rows.every((row) => /^[0-9a-f]{64}$/.test(row.tokenHash))).toBe(true);
  });

  it('compares User IDs trimmed and case-insensitively', async () => {
    await signIn(ctx.app, '  pat.SAMPLE ');
  });

  it('refuses a password longer than the policy allows before any lookup or hashing', async () => {
    const before = counter.count;
    const response = await postSignIn(ctx.app, customer.userId, 'x'.repeat(129));
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields).toEqual([
      { field: 'password', message: 'Use at most 128 characters.' },
    ]);
    expect(counter.count).toBe(before);
  });

  it('answers 413 to a 1 MiB password, quickly and without hashing', async () => {
    const before = counter.count;
    const started = performance.now();
    const response = await postSignIn(ctx.app, customer.userId, 'p'.repeat(1024 * 1024));
    expect(response.statusCode).toBe(413);
    expect(response.json().error.code).toBe('PAYLOAD_TOO_LARGE');
    expect(performance.now() - started).toBeLessThan(1000);
    expect(counter.count).toBe(before);
  });
});

describe('failed sign-ins', () => {
  it('answer byte for byte the same for an unknown User ID, a wrong password, a locked and a disabled account', async () => {
    const locked = await createCustomer(ctx.prisma, { userId: 'locked.person' });
    await ctx.prisma.customerAccount.update({
      where: { id: locked.accountId },
      data: {
        failedSignInCount: 11,
        failedWindowStartedAt: ctx.clock.now(),
        lockedUntil: new Date(ctx.clock.now().getTime() + 600_000),
      },
    });
    const disabled = await createCustomer(ctx.prisma, { userId: 'disabled.person', status: 'disabled' });

    const answers = [
      await postSignIn(ctx.app, 'no.such.user', FIXTURE_PASSWORD),
      await postSignIn(ctx.app, customer.userId, 'a wrong password of length'),
      await postSignIn(ctx.app, locked.userId, FIXTURE_PASSWORD), // the right password, but locked
      await postSignIn(ctx.app, disabled.userId, FIXTURE_PASSWORD), // the right password, but disabled
    ];
    const [first] = answers;
    expect(first?.statusCode).toBe(401);
    expect(first?.json()).toEqual({ error: { code: 'INVALID_CREDENTIALS', message: expect.any(String) } });
    for (const answer of answers) {
      expect(answer.statusCode).toBe(401);
      expect(answer.rawPayload.equals(first?.rawPayload ?? Buffer.alloc(0))).toBe(true);
      expect(answer.headers['content-type']).toBe(first?.headers['content-type']);
      expect(answer.headers['set-cookie']).toBeUndefined();
      expect(answer.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    }
    // The request id is still there for the contact center, in the header only.
    expect(new Set(answers.map((a) => a.headers['x-request-id'])).size).toBe(4);
  });

  it('costs an unknown User ID and a disabled account one argon2 verify, like a wrong password', async () => {
    const disabled = await createCustomer(ctx.prisma, { userId: 'disabled.two', status: 'disabled' });
    for (const userId of ['unknown.person', disabled.userId, customer.userId]) {
      const before = counter.count;
      await postSignIn(ctx.app, userId, 'not the password at all');
      expect(counter.count - before, userId).toBe(1);
    }
    await signIn(ctx.app, customer.userId); // reset the counter for the tests below
  });
});
