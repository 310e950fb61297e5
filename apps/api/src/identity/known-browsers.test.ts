// New-browser sign-in notice (ASVS 6.3.7): two browsers, each with its own cookie jar. The
// account's first browser is remembered quietly; a second browser's sign-in emails the parent in
// their language; the same browsers signing in again, even weeks later, tell nobody.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCustomer, createQuestions, FIXTURE_PASSWORD } from '../testing/fixtures.ts';
import { signIn } from '../testing/http.ts';
import { createTestApp, type TestApp } from '../testing/test-app.ts';
import { BROWSER_COOKIE, describeBrowser } from './known-browsers.ts';

let ctx: TestApp;
beforeAll(async () => {
  ctx = await createTestApp();
  await createQuestions(ctx.prisma);
});
afterAll(() => ctx?.close());

const FIREFOX_ON_WINDOWS = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0';

/** A browser: it keeps the cookie the API sets and sends it back. */
function browser(userAgent = FIREFOX_ON_WINDOWS) {
  let id: string | undefined;
  return {
    async signIn(userId: string) {
      // A new browser has no cookie at all (not even the shared one of the other tests' sign-ins).
      const headers = { 'user-agent': userAgent, cookie: id ? `${BROWSER_COOKIE}=${id}` : '' };
      const { response } = await signIn(ctx.app, userId, FIXTURE_PASSWORD, headers);
      const set = response.cookies.find((cookie) => cookie.name === BROWSER_COOKIE);
      expect(set).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Strict', path: '/api/v1/auth' });
      id = set?.value;
    },
  };
}

const noticesTo = (to: string) =>
  ctx.prisma.emailOutbox.findMany({
    where: {
      toAddress: to,
      subject: { in: ['New sign-in to your DCSS account', 'Nuevo inicio de sesión en su cuenta del DCSS'] },
    },
  });

describe('new-browser sign-in notice', () => {
  it('emails once for a browser the account has not seen, never for a known one', async () => {
    const { userId, accountId } = await createCustomer(ctx.prisma, { email: 'two.browsers@example.com' });
    const home = browser();
    const library = browser(
      'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Safari/605.1.15',
    );

    await home.signIn(userId);
    expect(await noticesTo('two.browsers@example.com')).toHaveLength(0);
    await home.signIn(userId);
    expect(await noticesTo('two.browsers@example.com')).toHaveLength(0);

    await library.signIn(userId);
    const [notice, ...more] = await noticesTo('two.browsers@example.com');
    expect(more).toHaveLength(0);
    expect(notice?.body).toContain('(Safari / Mac)');
    expect(notice?.body).not.toContain(FIXTURE_PASSWORD);

    ctx.clock.advance(30 * 24 * 60 * 60 * 1000);
    await library.signIn(userId);
    await home.signIn(userId);
    expect(await noticesTo('two.browsers@example.com')).toHaveLength(1);
    // Only keyed hashes of the cookie ids are kept, one per browser.
    const rows = await ctx.prisma.knownBrowser.findMany({ where: { accountId } });
    expect(rows).toHaveLength(2);
    expect(rows.every((row) => /^[0-9a-f]{64}$/.test(row.deviceHash))).toBe(true);
  });

  it('writes to a parent who chose Spanish in Spanish', async () => {
    const { userId } = await createCustomer(ctx.prisma, {
      email: 'nuevo.navegador@example.com',
      preferredLanguage: 'es',
    });
    await browser().signIn(userId);
    await browser().signIn(userId);
    const [notice] = await noticesTo('nuevo.navegador@example.com');
    expect(notice).toMatchObject({ subject: 'Nuevo inicio de sesión en su cuenta del DCSS', language: 'es' });
    expect(notice?.body).toContain('Firefox / Windows');
  });
});

describe('describeBrowser', () => {
  it('names the browser and the system, nothing more', () => {
    expect(describeBrowser(FIREFOX_ON_WINDOWS)).toBe('Firefox / Windows');
    expect(describeBrowser(undefined)).toBe('a browser / an unknown system');
  });
});
