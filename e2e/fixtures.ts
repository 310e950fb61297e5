// Every browser test fails on a console error, a page error, a failed request or a CSP violation,
// so a broken asset or a blocked script can never hide behind a passing assertion.
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import { createGuardrails, generateSync } from 'otplib';

interface Problems {
  list: string[];
}

export const test = base.extend<{ problems: Problems }>({
  problems: [
    async ({ page }, use) => {
      const problems: Problems = { list: [] };
      // Answers a test asked for with an x-expect-error header (a 504 it is about): Chromium still
      // logs them as failed resources, which are then not problems either.
      const expectedErrors = new Set<string>();
      page.on('console', (message) => {
        if (message.type() !== 'error') return;
        if (expectedErrors.has(message.location().url)) return;
        // Chromium logs every 4xx answer as "Failed to load resource". From the API those are
        // answers the app handles (401 from the silent refresh of a signed-out visitor, a wrong
        // password); anything else (a missing asset) still fails the test, and 5xx always does.
        const clientError = /^Failed to load resource: the server responded with a status of 4\d\d/.test(
          message.text(),
        );
        const apiAnswer = clientError && /^https?:\/\/[^/]+\/api\//.test(message.location().url);
        if (!apiAnswer) problems.list.push(`console error: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.list.push(`page error: ${error.message}`));
      page.on('requestfailed', (request) => {
        // Navigations cancelled by the next navigation are not failures of the app.
        if (request.failure()?.errorText === 'net::ERR_ABORTED') return;
        problems.list.push(
          `request failed: ${request.method()} ${request.url()} ${request.failure()?.errorText ?? ''}`,
        );
      });
      page.on('response', (response) => {
        const expected = response.request().headers()['x-expect-error'] !== undefined;
        if (expected) expectedErrors.add(response.url());
        if (response.status() >= 500 && !expected)
          problems.list.push(`server error: ${response.status()} ${response.url()}`);
      });
      await use(problems);
      expect(problems.list, 'console errors, failed requests or CSP violations').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Fails on any axe violation of serious or critical impact (WCAG 2.1 A and AA rules). */
export async function expectNoSeriousAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const serious = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
  expect(serious, `axe violations on ${page.url()}`).toEqual([]);
}

/** One h1 per page, as WCAG and our style require. */
export async function expectSingleH1(page: Page) {
  await expect(page.locator('h1')).toHaveCount(1);
}

/** The demo accounts' password (docs/product.md §7). */
export const demoPassword = 'sunny meadow lantern 42';

/**
 * Signs in through the API for tests that are not about the sign-in pages: `page.request` shares
 * the browser context's cookies, so the refresh cookie lands where the SPA's silent refresh
 * (on its next load) finds it.
 */
export async function signInThroughApi(page: Page, userId: string, password = demoPassword): Promise<string> {
  const response = await page.request.post('/api/v1/auth/sign-in', { data: { userId, password } });
  expect(response.status(), await response.text()).toBe(200);
  // The access token of that sign-in, for tests that compare the page with what the API says.
  const body: unknown = await response.json();
  const token =
    typeof body === 'object' && body !== null && 'accessToken' in body ? body.accessToken : undefined;
  expect(typeof token, 'sign-in answers with an access token').toBe('string');
  return String(token);
}

/** GET an API resource as the person the token belongs to (see `signInThroughApi`). */
export async function apiGet(page: Page, token: string, path: string): Promise<unknown> {
  const response = await page.request.get(path, { headers: { authorization: `Bearer ${token}` } });
  expect(response.status(), `${path}: ${await response.text()}`).toBe(200);
  return response.json();
}

// ---------------------------------------------------------------------------------------------
// Staff (contact center console)

/** The demo staff accounts' password and authenticator secret (docs/product.md §7, demo data only). */
export const demoStaffPassword = 'console demo password 2026';
export const demoTotpSecret = 'JBSWY3DPEHPK3PXP';

const TOTP_PERIOD_MS = 30_000;
// The demo secret is 80 bits, below otplib's default floor of 128 (the API accepts it the same way).
const totpGuardrails = createGuardrails({ MIN_SECRET_BYTES: 10 });
// Time steps claimed per staff user, shared by all test workers of this run: the API refuses a
// code's step twice, and two workers signing the same demo staff member in within one 30-second step
// would otherwise collide (a per-worker record cannot see the other worker). A step is claimed by
// creating a file exclusively, which only one worker can do.
const claimedSteps = join(tmpdir(), `cos-e2e-totp-${process.env.E2E_PORT ?? '3210'}`);
mkdirSync(claimedSteps, { recursive: true });

function claimStep(username: string, step: number): boolean {
  try {
    writeFileSync(join(claimedSteps, `${username}-${step}`), '', { flag: 'wx' });
    return true;
  } catch {
    return false;
  }
}

/**
 * A code for `username` no other sign-in of this run has used: the current 30-second step, or the
 * first later one still free (waiting for it to begin).
 */
export async function freshStaffCode(username: string, secret = demoTotpSecret): Promise<string> {
  let step = Math.floor(Date.now() / TOTP_PERIOD_MS);
  while (!claimStep(username, step)) step += 1;
  const wait = step * TOTP_PERIOD_MS - Date.now() + 250;
  if (wait > 250) await new Promise((resolve) => setTimeout(resolve, wait));
  return generateSync({ secret, epoch: step * (TOTP_PERIOD_MS / 1000), guardrails: totpGuardrails });
}

/**
 * Signs a staff member in through the API for tests that are not about the sign-in page: the
 * `cos_staff_refresh` cookie lands in the page's context, where the console's silent refresh
 * finds it on its next load. Codes are claimed per step (freshStaffCode); a 401 still earns one
 * more try with the next free step, for a request that reached the server only after a later step
 * of the same user had been used.
 */
export async function signInStaffThroughApi(
  page: Page,
  username: string,
  password = demoStaffPassword,
): Promise<string> {
  for (let attempt = 0; ; attempt++) {
    const totp = await freshStaffCode(username);
    const response = await page.request.post('/api/v1/staff/auth/sign-in', {
      data: { username, password, totp, acknowledgedWarning: true },
    });
    if (response.status() === 401 && attempt === 0) continue;
    expect(response.status(), await response.text()).toBe(200);
    const body: unknown = await response.json();
    const token =
      typeof body === 'object' && body !== null && 'accessToken' in body ? body.accessToken : undefined;
    expect(typeof token, 'staff sign-in answers with an access token').toBe('string');
    return String(token);
  }
}

/** The console's navigation with one of its submenus (Requests, Supervision, Administration) opened. */
export async function openConsoleNav(page: Page, group: string) {
  const nav = page.getByRole('navigation', { name: 'Console' });
  await nav.getByRole('button', { name: group }).click();
  return nav;
}
