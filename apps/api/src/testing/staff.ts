// Console helpers for API tests: TOTP codes at the test clock's time (never a sleep), staff sign-in
// through the API, the staff refresh cookie, and staff users made straight in the database.
import type { PrismaClient } from '@cos/db';
import { DEMO_STAFF_PASSWORD, DEMO_TOTP_SECRET } from '@cos/db';
import { createFieldCipher, hashSecret } from '@cos/security';
import { createGuardrails, generateSync } from 'otplib';
import { expect } from 'vitest';
import type { App } from '../app.ts';
import type { Clock } from '../lib/clock.ts';
import { testSecrets } from './test-app.ts';

type Response = Awaited<ReturnType<App['inject']>>;
type TestClock = Clock & { advance(ms: number): void };

export const STAFF_PASSWORD = DEMO_STAFF_PASSWORD;
export const STAFF_TOTP_SECRET = DEMO_TOTP_SECRET;
export const testFieldCipher = createFieldCipher(testSecrets.fieldEncryptionKey);

// The demo secret is 80 bits, below otplib's default floor (see staff-auth/totp.ts).
const guardrails = createGuardrails({ MIN_SECRET_BYTES: 10 });

/** The code an authenticator app shows at the clock's time, `steps` × 30 s later or earlier. */
export function totpAt(clock: Clock, secret = STAFF_TOTP_SECRET, steps = 0): string {
  return generateSync({ secret, epoch: Math.floor(clock.now().getTime() / 1000) + steps * 30, guardrails });
}

export const stepOf = (clock: Clock) => Math.floor(clock.now().getTime() / 30_000);

export const staffBearer = (accessToken: string) => ({ authorization: `Bearer ${accessToken}` });

export function staffRefreshCookieOf(response: Response): string {
  const cookie = response.cookies.find((c) => c.name === 'cos_staff_refresh');
  if (!cookie?.value) throw new Error(`no staff refresh cookie in ${response.statusCode} ${response.body}`);
  return cookie.value;
}

export const withStaffRefresh = (refreshToken: string) => ({ cookie: `cos_staff_refresh=${refreshToken}` });

export const postStaffSignIn = (
  app: App,
  payload: Record<string, unknown>,
  headers: Record<string, string> = {},
) => app.inject({ method: 'POST', url: '/api/v1/staff/auth/sign-in', payload, headers });

/**
 * Signs a staff user in with password and the current TOTP code. A code is single-use, so when
 * this user's last code was of the current step the clock first moves on by one step.
 */
export async function signInStaff(
  ctx: { app: App; clock: TestClock; prisma: PrismaClient },
  username: string,
  options: { password?: string; secret?: string; headers?: Record<string, string> } = {},
) {
  const user = await ctx.prisma.staffUser.findUniqueOrThrow({
    where: { username },
    select: { lastTotpStep: true },
  });
  if (user.lastTotpStep !== null && Number(user.lastTotpStep) >= stepOf(ctx.clock)) ctx.clock.advance(30_000);
  const response = await postStaffSignIn(
    ctx.app,
    {
      username,
      password: options.password ?? STAFF_PASSWORD,
      totp: totpAt(ctx.clock, options.secret),
      acknowledgedWarning: true,
    },
    options.headers,
  );
  expect(response.statusCode, response.body).toBe(200);
  const body: {
    accessToken: string;
    expiresIn: number;
    role: string;
    displayName: string;
    mustEnrollTotp: boolean;
  } = response.json();
  return { ...body, refreshToken: staffRefreshCookieOf(response), response };
}

let staffHash: Promise<string> | undefined;

/** A staff user with the demo password; enrolled with the demo TOTP secret unless `enrolled: false`. */
export async function createStaffUser(
  prisma: PrismaClient,
  user: {
    username: string;
    role: 'agent' | 'supervisor' | 'admin';
    enrolled?: boolean;
    status?: 'active' | 'disabled';
  },
): Promise<string> {
  staffHash ??= hashSecret(STAFF_PASSWORD);
  const enrolled = user.enrolled ?? true;
  const row = await prisma.staffUser.create({
    data: {
      username: user.username,
      displayName: `Test ${user.role} ${user.username}`,
      role: user.role,
      status: user.status ?? 'active',
      passwordHash: await staffHash,
      totpSecretCiphertext: enrolled ? new Uint8Array(testFieldCipher.encrypt(STAFF_TOTP_SECRET)) : null,
      totpEnrolledAt: enrolled ? new Date('2026-10-01T00:00:00Z') : null,
    },
    select: { id: true },
  });
  return row.id;
}
