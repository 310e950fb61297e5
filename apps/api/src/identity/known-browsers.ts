// New-browser sign-in notice (ASVS 6.3.7): every browser that signs in to an account carries a
// long-lived random id in a cookie (not a fingerprint: nothing about the device is derived or kept),
// and the account keeps only a keyed hash of it (known_browsers). A sign-in — password, passkey or
// second factor — from a browser the account has not seen emails the parent, in their language,
// to the confirmed address. The account's first browser is remembered without a notice: that is
// the registration's browser, or for an account from before this feature the one its parent
// already uses, so a rollout mails nobody (docs/security.md).
import { randomBytes } from 'node:crypto';
import type { KeyedHasher } from '@cos/security';
import type { PrismaClient } from '@cos/db';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { emailAccount } from '../email/account-email.ts';
import { emailTemplates } from '../email/templates.ts';
import type { Clock } from '../lib/clock.ts';
import { grantSession, type RefreshCookie } from './session-grant.ts';
import type { IssuedSession } from './sessions.ts';

export const BROWSER_COOKIE = 'cos_browser';
// 400 days is the longest a browser keeps a cookie (RFC 6265bis caps Max-Age there); every sign-in
// renews it.
const MAX_AGE_SECONDS = 400 * 24 * 60 * 60;

/**
 * Beside the refresh cookie and named like it (session-grant.ts): `__Host-cos_browser` (Path /) on
 * HTTPS deployments, `cos_browser` on the customer auth routes' path in plain-HTTP development.
 */
export function browserCookieFor(refreshCookie: RefreshCookie): RefreshCookie {
  return refreshCookie.name.startsWith('__Host-')
    ? { name: `__Host-${BROWSER_COOKIE}`, path: '/' }
    : { name: BROWSER_COOKIE, path: refreshCookie.path };
}

export type KnownBrowserDeps = {
  db: PrismaClient;
  clock: Clock;
  keyedHash: KeyedHasher;
  log: { warn(object: object, message: string): void };
  cookie: RefreshCookie;
};

/** The browser's id from its cookie, or a new one (set on the reply) for a browser that has none. */
function browserId(request: FastifyRequest, reply: FastifyReply, cookie: RefreshCookie): string {
  const presented = request.cookies[cookie.name];
  const id =
    presented && /^[A-Za-z0-9_-]{43}$/.test(presented) ? presented : randomBytes(32).toString('base64url');
  reply.setCookie(cookie.name, id, {
    httpOnly: true,
    secure: true,
    sameSite: 'strict',
    path: cookie.path,
    maxAge: MAX_AGE_SECONDS,
  });
  return id;
}

/** "Chrome on Windows": enough for a parent to recognise a device, nothing that identifies it. */
export function describeBrowser(userAgent: string | undefined): string {
  const ua = userAgent ?? '';
  const browser =
    [
      ['Edge', /Edg\//],
      ['Firefox', /Firefox\//],
      ['Chrome', /Chrome\//],
      ['Safari', /Safari\//],
    ].find(([, pattern]) => (pattern as RegExp).test(ua))?.[0] ?? 'a browser';
  const system =
    [
      ['Android', /Android/],
      ['iPhone or iPad', /iPhone|iPad/],
      ['Windows', /Windows/],
      ['Mac', /Macintosh/],
      ['Linux', /Linux/],
    ].find(([, pattern]) => (pattern as RegExp).test(ua))?.[0] ?? 'an unknown system';
  return `${String(browser)} / ${String(system)}`;
}

/**
 * Remembers the browser of a successful sign-in and, when the account knew other browsers but not
 * this one, emails the parent. A mail failure never fails the sign-in.
 */
export async function noteSignInBrowser(
  deps: KnownBrowserDeps,
  request: FastifyRequest,
  reply: FastifyReply,
  accountId: string,
): Promise<void> {
  const now = deps.clock.now();
  const deviceHash = deps.keyedHash('known browser', browserId(request, reply, deps.cookie));
  try {
    // One statement: whether the row is new (xmax = 0 on an insert) and how many came before.
    const [seen] = await deps.db.$queryRaw<Array<{ inserted: boolean; before: number }>>`
      WITH before AS (SELECT count(*)::int AS n FROM known_browsers WHERE account_id = ${accountId}::uuid),
           upsert AS (
             INSERT INTO known_browsers (id, account_id, device_hash, first_seen_at, last_seen_at)
             VALUES (gen_random_uuid(), ${accountId}::uuid, ${deviceHash}, ${now}, ${now})
             ON CONFLICT (account_id, device_hash) DO UPDATE SET last_seen_at = EXCLUDED.last_seen_at
             RETURNING (xmax = 0) AS inserted)
      SELECT upsert.inserted, before.n AS before FROM upsert, before`;
    if (!seen?.inserted || seen.before === 0) return;
    await emailAccount(
      deps,
      accountId,
      emailTemplates.newBrowserSignIn(now, describeBrowser(request.headers['user-agent'])),
    );
  } catch (error) {
    deps.log.warn(
      { accountId, error: error instanceof Error ? error.name : 'unknown' },
      'new-browser sign-in not recorded',
    );
  }
}

/**
 * A parent's session handed over (access token, refresh cookie) and this browser noted: every way a
 * parent gets in (password, second factor, passkey, registration) ends here.
 */
export async function grantParentSession(
  app: FastifyInstance,
  request: FastifyRequest,
  reply: FastifyReply,
  session: IssuedSession,
) {
  const grant = grantSession(app.tokens, reply, session, app.refreshCookies.customer);
  await noteSignInBrowser(
    {
      db: app.db.prisma,
      clock: app.clock,
      keyedHash: app.keyedHash,
      log: request.log,
      cookie: browserCookieFor(app.refreshCookies.customer),
    },
    request,
    reply,
    session.accountId,
  );
  return grant;
}
