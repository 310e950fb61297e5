// inject() helpers for API tests: sign in, read the refresh cookie, send it back, bearer headers.
import { expect } from 'vitest';
import type { App } from '../app.ts';
import { FIXTURE_PASSWORD } from './fixtures.ts';

type Response = Awaited<ReturnType<App['inject']>>;

export const bearer = (accessToken: string) => ({ authorization: `Bearer ${accessToken}` });

/** The value of the cos_refresh cookie a response set. */
export function refreshCookieOf(response: Response): string {
  const cookie = response.cookies.find((c) => c.name === 'cos_refresh');
  if (!cookie?.value) throw new Error(`no refresh cookie in ${response.statusCode} ${response.body}`);
  return cookie.value;
}

export const withRefresh = (refreshToken: string) => ({ cookie: `cos_refresh=${refreshToken}` });

/**
 * Test sign-ins come from one browser (identity/known-browsers.ts), so only the tests about new
 * browsers, which send cookies of their own, meet the new-browser email.
 */
const ONE_BROWSER = { cookie: `cos_browser=${'b'.repeat(43)}` };

export async function signIn(
  app: App,
  userId: string,
  password = FIXTURE_PASSWORD,
  headers: Record<string, string> = {},
) {
  const response = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/sign-in',
    payload: { userId, password },
    headers: { ...ONE_BROWSER, ...headers },
  });
  expect(response.statusCode, response.body).toBe(200);
  const body: { accessToken: string; expiresIn: number; mustChangePassword: boolean } = response.json();
  return { ...body, refreshToken: refreshCookieOf(response), response };
}

export const postSignIn = (app: App, userId: string, password: string) =>
  app.inject({
    method: 'POST',
    url: '/api/v1/auth/sign-in',
    payload: { userId, password },
    headers: ONE_BROWSER,
  });

export const refresh = (app: App, refreshToken: string, headers: Record<string, string> = {}) =>
  app.inject({
    method: 'POST',
    url: '/api/v1/auth/refresh',
    headers: { ...withRefresh(refreshToken), ...headers },
  });

/** The header the apps send with a refresh when the person did something `seconds` ago. */
export const idleFor = (seconds: number) => ({ 'x-user-idle-seconds': String(seconds) });

export const getMe = (app: App, accessToken: string) =>
  app.inject({ method: 'GET', url: '/api/v1/me', headers: bearer(accessToken) });

/** Wraps a verifier to count how many argon2 verifications ran. */
export function countingVerifier(verify: (hash: string, plain: string) => Promise<boolean>) {
  const counter = {
    count: 0,
    verify: async (hash: string, plain: string) => {
      counter.count += 1;
      return verify(hash, plain);
    },
  };
  return counter;
}
