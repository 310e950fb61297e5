// Access tokens are checked for algorithm, signature, issuer, audience and expiry (docs/product.md §5),
// against the injected clock. Forged tokens are made here by hand, byte by byte.
import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCustomer, createQuestions } from '../../testing/fixtures.ts';
import { getMe, signIn } from '../../testing/http.ts';
import { createTestApp, testSecrets, type TestApp } from '../../testing/test-app.ts';

let ctx: TestApp;
let good: { accessToken: string };
let claims: Record<string, unknown>;

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
function forge(
  payload: Record<string, unknown>,
  options: { alg?: string; secret?: Buffer; signature?: string } = {},
) {
  const head = `${b64({ alg: options.alg ?? 'HS256', typ: 'JWT' })}.${b64(payload)}`;
  const signature =
    options.signature ??
    createHmac('sha256', options.secret ?? testSecrets.jwtSecret)
      .update(head)
      .digest('base64url');
  return `${head}.${signature}`;
}

beforeAll(async () => {
  ctx = await createTestApp();
  await createQuestions(ctx.prisma);
  const customer = await createCustomer(ctx.prisma);
  good = await signIn(ctx.app, customer.userId);
  const [, payload = ''] = good.accessToken.split('.');
  claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
});
afterAll(() => ctx.close());

const expect401 = async (token: string) => {
  const response = await getMe(ctx.app, token);
  expect(response.statusCode).toBe(401);
  expect(response.json().error.code).toBe('UNAUTHENTICATED');
};

describe('access token verification', () => {
  it('accepts the token as issued, and a hand-made copy with the right key (the forge is faithful)', async () => {
    expect((await getMe(ctx.app, good.accessToken)).statusCode).toBe(200);
    expect((await getMe(ctx.app, forge(claims))).statusCode).toBe(200);
  });

  it('refuses a tampered payload or signature', async () => {
    const [head, , signature] = good.accessToken.split('.');
    await expect401(
      `${head}.${b64({ ...claims, sub: '00000000-0000-7000-8000-000000000000' })}.${signature}`,
    );
    await expect401(`${good.accessToken.slice(0, -2)}AA`);
    await expect401(forge(claims, { secret: Buffer.alloc(32, 9) }));
  });

  it('refuses alg none and other algorithms', async () => {
    await expect401(forge(claims, { alg: 'none', signature: '' }));
    await expect401(`${b64({ alg: 'none', typ: 'JWT' })}.${b64(claims)}.`);
    await expect401(forge(claims, { alg: 'HS512' }));
  });

  it('refuses the wrong audience, the wrong issuer, and missing claims', async () => {
    await expect401(forge({ ...claims, aud: 'cos-console' }));
    await expect401(forge({ ...claims, aud: 'cos-registration' }));
    await expect401(forge({ ...claims, iss: 'someone-else' }));
    await expect401(forge(Object.fromEntries(Object.entries(claims).filter(([name]) => name !== 'exp'))));
    await expect401(forge({ ...claims, scope: 'admin' }));
  });

  it('refuses a token once its 15 minutes have passed on the clock', async () => {
    ctx.clock.advance(15 * 60_000 - 1000);
    expect((await getMe(ctx.app, good.accessToken)).statusCode).toBe(200);
    ctx.clock.advance(2000);
    await expect401(good.accessToken);
  });

  it('refuses a missing or malformed Authorization header', async () => {
    expect((await ctx.app.inject({ method: 'GET', url: '/api/v1/me' })).statusCode).toBe(401);
    expect(
      (
        await ctx.app.inject({
          method: 'GET',
          url: '/api/v1/me',
          headers: { authorization: `Basic ${good.accessToken}` },
        })
      ).statusCode,
    ).toBe(401);
  });
});
