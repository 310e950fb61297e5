// A first visit to the sign-in page fetches that page's code only, and every script and stylesheet
// arrives brotli-compressed (built precompressed, served by Accept-Encoding). How many bytes that
// comes to is measured by `pnpm bench page-weight` (docs/benchmarks.md): a byte budget belongs there,
// beside the figures, not in a test.
import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures.ts';

interface Transfer {
  type: string;
  path: string;
  encoding: string;
}

async function recordTransfers(page: Page): Promise<Transfer[]> {
  const cdp = await page.context().newCDPSession(page);
  const transfers: Transfer[] = [];
  cdp.on('Network.responseReceived', ({ type, response }) => {
    const encoding = Object.entries(response.headers).find(
      ([name]) => name.toLowerCase() === 'content-encoding',
    );
    transfers.push({
      type: type.toLowerCase(),
      path: new URL(response.url).pathname,
      encoding: String(encoding?.[1] ?? ''),
    });
  });
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  return transfers;
}

const assets = (transfers: Transfer[]) =>
  transfers.filter(({ type }) => type === 'script' || type === 'stylesheet');

test('the portal sign-in page fetches its own code only, compressed', async ({ page }) => {
  const transfers = await recordTransfers(page);
  // Not 'networkidle': the notices are asked for every few seconds, so the network is never idle.
  // The notices are the last thing a first visit loads.
  const notices = page.waitForResponse((response) => response.url().includes('/api/v1/notices'));
  await page.goto('/sign-in');
  await expect(page.getByLabel('User ID')).toBeVisible();
  await notices;

  const loaded = assets(transfers);
  expect(loaded.map(({ path }) => path)).toContainEqual(
    expect.stringMatching(/\/assets\/sign-in-[\w-]+\.js$/),
  );
  // Other pages, the charts and the password-strength dictionaries load when they are needed.
  for (const chunk of ['home', 'register', 'my-case', 'case-payments', 'monthly-chart', 'forgot']) {
    expect(loaded.map(({ path }) => path)).not.toContainEqual(
      expect.stringMatching(new RegExp(`/assets/${chunk}-[\\w-]+\\.js$`)),
    );
  }
  expect(loaded.filter(({ encoding }) => encoding !== 'br')).toEqual([]);
});

test('the console sign-in page arrives compressed', async ({ page }) => {
  const transfers = await recordTransfers(page);
  await page.goto('/console/sign-in');
  // The sign-in form is drawn by its lazy chunk, so every script and style sheet has arrived by now.
  await expect(page.getByLabel('Username')).toBeVisible();
  await page.waitForLoadState('load');
  expect(assets(transfers).length).toBeGreaterThan(0);
  expect(assets(transfers).filter(({ encoding }) => encoding !== 'br')).toEqual([]);
});

const spanishChunk = /\/assets\/i18n-spanish-[\w-]+\.js$/;

test('an English visit fetches the Spanish strings only when the visitor switches', async ({ page }) => {
  const transfers = await recordTransfers(page);
  const notices = page.waitForResponse((response) => response.url().includes('/api/v1/notices'));
  await page.goto('/sign-in');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign In');
  await notices;
  expect(assets(transfers).map(({ path }) => path)).not.toContainEqual(expect.stringMatching(spanishChunk));

  await page.getByRole('button', { name: 'Español' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Iniciar sesión');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  expect(assets(transfers).map(({ path }) => path)).toContainEqual(expect.stringMatching(spanishChunk));
});

const pageStringsChunk = /\/assets\/i18n-english-pages-[\w-]+\.js$/;

test("the sign-in page leaves the other pages' strings for later; the next page has them before it shows", async ({
  page,
}) => {
  const transfers = await recordTransfers(page);
  const notices = page.waitForResponse((response) => response.url().includes('/api/v1/notices'));
  await page.goto('/sign-in');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign In');
  await notices;
  const paths = () => assets(transfers).map(({ path }) => path);
  expect(paths()).not.toContainEqual(expect.stringMatching(pageStringsChunk));

  // The recovery page, in words, never in keys (`steps.identity`).
  await page.getByRole('link', { name: 'Forgot your User ID or Password?' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Forgot your User ID or Password?');
  await expect(page.locator('main')).toContainText('You can get back into your account yourself');
  await expect(page.locator('main')).not.toContainText(/\b(intro|steps|instructions)\.[a-z]/i);
  expect(paths()).toContainEqual(expect.stringMatching(pageStringsChunk));
});

test.describe('a browser set to Spanish', () => {
  test.use({ locale: 'es-MX' });

  test('gets the Spanish strings with the first page', async ({ page }) => {
    const transfers = await recordTransfers(page);
    await page.goto('/sign-in');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Iniciar sesión');
    expect(assets(transfers).map(({ path }) => path)).toContainEqual(expect.stringMatching(spanishChunk));
  });
});
