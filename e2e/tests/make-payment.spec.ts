// Make Payment in the browser with the labelled test processor, which runs as its own server on its
// own origin (issue 14): the details form's error summary takes focus; the card is typed into the
// processor's hosted form, framed from that other origin (the page's CSP names exactly it); review →
// Confirm clicked twice → ONE receipt, pending in Payments — and afterwards no card number is in
// anything our side holds: the requests the browser sent us, the API's log, any database table
// (the email outbox included). A card ending 0002 is declined and the card step says so; one ending
// 0003 gets no answer and the page says not to pay again. A parent who pays on no case gets no form.
// Amounts carry this run's cents so other specs' payments on the same case never confuse the counts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import pg from 'pg';
import {
  apiGet,
  expect,
  expectNoSeriousAxeViolations,
  expectSingleH1,
  signInThroughApi,
  test,
} from '../fixtures.ts';

// Each test crosses two servers and runs axe on framed pages: more than the default 30 s on a busy
// shared machine.
test.describe.configure({ timeout: 120_000 });

const cents = 1_000 + (Date.now() % 900);
const amountText = (cents / 100).toFixed(2);
const dataDir = process.env.E2E_DATA_DIR ?? join(import.meta.dirname, '..', '..', '.data', 'e2e');

/** Details step, then the card typed into the processor's own form (in its frame). */
async function payWithCard(page: Page, cardNumber: string, caseNumber = '1000000001') {
  await page.getByLabel('Case', { exact: true }).selectOption(caseNumber);
  await page.getByLabel('Amount', { exact: true }).fill(amountText);
  await page.getByRole('button', { name: 'Continue to card details' }).click();
  const card = page.frameLocator('iframe[title="Card details form of the card processor"]');
  await card.getByLabel('Card number').fill(cardNumber);
  await card.getByLabel('Expiration date').fill('12/30');
  await card.getByLabel('Security code').fill('321');
  await card.getByLabel('Billing ZIP code').fill('30303');
  await card.getByRole('button', { name: 'Use this card' }).click();
}

/** Every text column of every table of the server's database, searched for the card number. */
async function databaseRowsContaining(patterns: RegExp[]): Promise<string[]> {
  const pgDir = join(dataDir, 'pg');
  const port = Number(readFileSync(join(pgDir, 'postmaster.pid'), 'utf8').split('\n')[3]);
  const password = readFileSync(join(pgDir, 'cos_superuser_password'), 'utf8').trim();
  const client = new pg.Client({ host: '127.0.0.1', port, user: 'postgres', password, database: 'cos' });
  await client.connect();
  try {
    const tables = await client.query<{ name: string }>(
      "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'",
    );
    expect(tables.rows.map((row) => row.name)).toEqual(
      expect.arrayContaining(['payment_requests', 'email_outbox', 'notifications', 'audit_events']),
    );
    const found: string[] = [];
    for (const { name } of tables.rows) {
      const rows = await client.query<{ row: string }>(`SELECT t::text AS row FROM "${name}" t`);
      for (const { row } of rows.rows)
        if (patterns.some((pattern) => pattern.test(row))) found.push(`${name}: ${row}`);
    }
    return found;
  } finally {
    await client.end();
  }
}

test('an empty or wrong amount gets a focused error summary naming the field', async ({ page }) => {
  await signInThroughApi(page, 'demo.payer');
  await page.goto('/make-payment');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Make Payment');
  await expectSingleH1(page);
  await expect(page.getByTestId('test-processor-notice')).toContainText(
    'Test processor — no real money moves',
  );
  await expectNoSeriousAxeViolations(page);

  await page.getByLabel('Amount', { exact: true }).fill('');
  await page.getByRole('button', { name: 'Continue to card details' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link')).toHaveText(['Enter the amount to pay']);
  await expectNoSeriousAxeViolations(page);

  await page.getByLabel('Amount', { exact: true }).fill('0.50');
  await page.getByRole('button', { name: 'Continue to card details' }).click();
  await expect(summary.getByRole('link')).toHaveText(['The smallest payment is $1.00']);
  await summary.getByRole('link').click();
  await expect(page.getByLabel('Amount', { exact: true })).toBeFocused();
});

test('card typed on the processor’s origin; Confirm clicked twice: one payment, and no card number reaches us', async ({
  page,
}) => {
  const token = await signInThroughApi(page, 'demo.payer');
  const ourOrigin = new URL(test.info().project.use.baseURL ?? 'http://127.0.0.1:3210').origin;
  const sentToUs: string[] = [];
  let posts = 0;
  page.on('request', (request) => {
    if (new URL(request.url()).origin === ourOrigin)
      sentToUs.push(`${request.method()} ${request.url()} ${request.postData() ?? ''}`);
    if (request.method() === 'POST' && request.url().endsWith('/api/v1/payments')) posts += 1;
  });
  const response = await page.goto('/make-payment');
  const csp = response?.headers()['content-security-policy'] ?? '';

  await page.getByLabel('Case', { exact: true }).selectOption('1000000001');
  await page.getByLabel('Amount', { exact: true }).fill(amountText);
  await page.getByRole('button', { name: 'Continue to card details' }).click();

  // The card form is the processor's page, on another origin, and the CSP frames exactly that one.
  const frame = page.locator('iframe[title="Card details form of the card processor"]');
  const processorOrigin = new URL((await frame.getAttribute('src')) ?? '').origin;
  expect(processorOrigin).not.toBe(ourOrigin);
  expect(csp.split(';').filter((directive) => directive.startsWith('frame-src'))).toEqual([
    `frame-src ${processorOrigin}`,
  ]);
  await expect(page.frameLocator('iframe').getByText('Test processor — no real money moves')).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  const card = page.frameLocator('iframe[title="Card details form of the card processor"]');
  await card.getByRole('button', { name: 'Use this card' }).click();
  await expect(card.getByRole('alert')).toBeFocused();
  await expect(card.getByRole('alert').getByRole('link')).toHaveText([
    'Enter the card number',
    'Enter the expiration date',
    'Enter the security code',
    'Enter the billing ZIP code',
  ]);
  await card.getByLabel('Card number').fill('4242 4242 4242 4242');
  await card.getByLabel('Expiration date').fill('12/30');
  await card.getByLabel('Security code').fill('321');
  await card.getByLabel('Billing ZIP code').fill('30303');
  await card.getByRole('button', { name: 'Use this card' }).click();

  await expect(page.getByRole('heading', { level: 2, name: /Review and confirm/ })).toBeFocused();
  await expect(page.locator('[data-review="amount"]')).toHaveText(`$${amountText}`);
  await expect(page.getByText('Card ending in 4242, expires 12/30')).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await page.getByRole('button', { name: 'Confirm payment' }).dblclick();

  await expect(page).toHaveURL(/\/make-payment\/receipt\/PAY-[0-9A-Z]{10}$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Payment receipt');
  await expectSingleH1(page);
  await expect(page.getByRole('status')).toContainText('Thank you. Your payment was received.');
  await expect(page.getByText('Card ending in 4242', { exact: true })).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  expect(posts).toBe(1);

  const history = await apiGet(page, token, '/api/v1/cases/1000000001/payments?limit=100&source=online');
  const items =
    typeof history === 'object' && history !== null && 'items' in history && Array.isArray(history.items)
      ? history.items
      : [];
  const mine = items.filter((item: { amountCents?: number; status?: string }) => item.amountCents === cents);
  expect(mine).toEqual([expect.objectContaining({ status: 'pending', source: 'online' })]);

  await page.getByRole('link', { name: 'See this case’s payments' }).click();
  await expect(page).toHaveURL(/\/my-case\/1000000001\/payments$/);
  await expect(
    page
      .getByRole('row')
      .filter({ hasText: `$${amountText}` })
      .first(),
  ).toContainText('Pending');

  // No card number, in any spelling, in what the browser sent us, the API's log or the database.
  const cardNumber = [/4242[ -]?4242[ -]?4242[ -]?4242/, /4242%204242/];
  expect(sentToUs.length).toBeGreaterThan(3);
  expect(sentToUs.filter((line) => cardNumber.some((pattern) => pattern.test(line)))).toEqual([]);
  const log = readFileSync(join(dataDir, 'server.log'), 'utf8');
  expect(log).toContain('/api/v1/payments');
  expect(cardNumber.some((pattern) => pattern.test(log))).toBe(false);
  expect(await databaseRowsContaining(cardNumber)).toEqual([]);
});

test('a declined card (ending 0002) brings the card step back with the reason, focused', async ({ page }) => {
  await signInThroughApi(page, 'demo.payer');
  await page.goto('/make-payment');
  await payWithCard(page, '4000 0000 0000 0002');
  await page.getByRole('button', { name: 'Confirm payment' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('Your card was declined. No payment was made.');
  // A fresh, empty card form: the declined card's token is spent.
  const card = page.frameLocator('iframe[title="Card details form of the card processor"]');
  await expect(card.getByLabel('Card number')).toHaveValue('');
  await expectNoSeriousAxeViolations(page);
});

test('no answer from the processor (card ending 0003): the page says not to pay again', async ({ page }) => {
  await signInThroughApi(page, 'demo.payer');
  // The 504 is this test's subject, not a server fault.
  await page.route('**/api/v1/payments', (route) =>
    route.continue({ headers: { ...route.request().headers(), 'x-expect-error': '504' } }),
  );
  await page.goto('/make-payment');
  await payWithCard(page, '4000 0000 0009 0003');
  await page.getByRole('button', { name: 'Confirm payment' }).click();
  const warning = page
    .getByRole('alert')
    .filter({ hasText: 'We do not know yet whether your payment went through' });
  await expect(warning).toBeFocused({ timeout: 10_000 });
  await expect(warning).toContainText('Do not pay again');
  await expect(page.getByRole('button', { name: 'Confirm payment' })).toHaveCount(0);
  await expectNoSeriousAxeViolations(page);
});

test('a parent who only receives support gets an explanation and no form', async ({ page }) => {
  await signInThroughApi(page, 'demo.parent');
  await page.goto('/make-payment');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Make Payment');
  await expectSingleH1(page);
  await expect(
    page.getByRole('heading', { name: 'Online payments are for parents who pay support' }),
  ).toBeVisible();
  await expect(page.locator('iframe')).toHaveCount(0);
  await expectNoSeriousAxeViolations(page);
});
