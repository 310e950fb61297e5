// The per-IP throttle (docs/product.md §5, 20 requests a minute) on console sign-in, with the real policy:
// the 21st attempt from one address answers 429 before any password is verified; another address
// still gets through.
import { verifySecret } from '@cos/security';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countingVerifier } from '../../../testing/http.ts';
import { createTestApp, type TestApp } from '../../../testing/test-app.ts';

const counter = countingVerifier(verifySecret);
let ctx: TestApp;

beforeAll(async () => {
  ctx = await createTestApp({ realThrottle: true, verifyPassword: counter.verify });
});
afterAll(() => ctx.close());

const attempt = (remoteAddress: string) =>
  ctx.app.inject({
    method: 'POST',
    url: '/api/v1/staff/auth/sign-in',
    payload: {
      username: 'someone.guessing',
      password: 'a guess at a password',
      totp: '123456',
      acknowledgedWarning: true,
    },
    remoteAddress,
  });

describe('console sign-in throttle', () => {
  it('answers the 21st attempt in a minute from one address with 429, without verifying', async () => {
    for (let i = 0; i < 20; i += 1) expect((await attempt('198.51.100.9')).statusCode).toBe(401);
    const before = counter.count;
    const limited = await attempt('198.51.100.9');
    expect(limited.statusCode).toBe(429);
    expect(limited.json().error.code).toBe('RATE_LIMITED');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(counter.count).toBe(before);
    expect((await attempt('198.51.100.10')).statusCode).toBe(401);
  });
});
