// My Case and Payments in the browser (issue 7): demo.payer's two cases with his role on each →
// case 1000000002's detail → its Payments (chart and table agree with the API, filters kept in the
// URL, "Show more") → the printable statement; another parent's case is "not found"; axe on every
// page; a 320 px phone sees the balance and the last payment first. Figures are compared with what
// the API answers rather than written down, because the demo's payment dates follow the clock.
import type { Page } from '@playwright/test';
import {
  apiGet,
  expect,
  expectNoSeriousAxeViolations,
  expectSingleH1,
  signInThroughApi,
  test,
} from '../fixtures.ts';

type Month = { month: string; owedCents: number; paidCents: number };

const dollars = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });
const money = (cents: number) => dollars.format(cents / 100);
const monthName = (month: string) =>
  new Intl.DateTimeFormat('en-US', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${month}-01T00:00:00Z`),
  );

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function itemsOf(body: unknown): Record<string, unknown>[] {
  const items = isRecord(body) ? body.items : undefined;
  expect(Array.isArray(items), 'a list answer has items').toBe(true);
  return Array.isArray(items) ? items.filter(isRecord) : [];
}

async function monthlyFromApi(page: Page, token: string, caseNumber: string): Promise<Month[]> {
  return itemsOf(await apiGet(page, token, `/api/v1/cases/${caseNumber}/payments/monthly`)).map((item) => ({
    month: String(item.month),
    owedCents: Number(item.owedCents),
    paidCents: Number(item.paidCents),
  }));
}

async function expectNoSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, page.url()).toBeLessThanOrEqual(0);
}

test('a parent with two cases sees both on My Case, with his role, balance and last payment on each', async ({
  page,
}) => {
  const token = await signInThroughApi(page, 'demo.payer');
  const cases = itemsOf(await apiGet(page, token, '/api/v1/cases'));
  expect(cases.map((item) => item.caseNumber)).toEqual(['1000000001', '1000000002']);

  await page.goto('/my-case');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('My Case');
  await expectSingleH1(page);
  for (const item of cases) {
    const card = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: `Case ${String(item.caseNumber)}` }) });
    await expect(card.getByText('You pay support')).toBeVisible();
    await expect(card.getByText(money(Number(item.totalOwedCents)), { exact: true })).toBeVisible();
    await expect(card.getByText(String(item.otherPartyName))).toBeVisible();
    const lastPayment = isRecord(item.lastPayment) ? item.lastPayment : {};
    await expect(
      card.getByText(
        new RegExp(
          `^${money(Number(lastPayment.amountCents)).replace('$', '\\$')} on \\w{3} \\d{1,2}, \\d{4}$`,
        ),
      ),
    ).toBeVisible();
  }
  await expectNoSeriousAxeViolations(page);
});

test('case detail shows the office, children and balances, and leads to the payments', async ({ page }) => {
  const token = await signInThroughApi(page, 'demo.payer');
  const detail = await apiGet(page, token, '/api/v1/cases/1000000002');
  if (
    !isRecord(detail) ||
    !isRecord(detail.office) ||
    !isRecord(detail.balances) ||
    !Array.isArray(detail.children)
  )
    throw new Error('unexpected case detail');

  await page.goto('/my-case');
  await page.getByRole('link', { name: 'See case details for case 1000000002' }).click();
  await expect(page).toHaveURL(/\/my-case\/1000000002$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Case 1000000002');
  await expectSingleH1(page);

  const office = page.getByRole('region', { name: 'Your child support office' });
  await expect(office).toContainText(String(detail.office.name));
  const phone = String(detail.office.phone);
  await expect(
    office.getByRole('link', { name: `(${phone.slice(0, 3)}) ${phone.slice(3, 6)}-${phone.slice(6)}` }),
  ).toHaveAttribute('href', `tel:+1${phone}`);

  const people = page.getByRole('region', { name: 'People on this case' });
  for (const child of detail.children.filter(isRecord))
    await expect(people).toContainText(`${String(child.firstName)}, born ${String(child.birthYear)}`);

  const owed = page.getByRole('region', { name: 'What is owed' });
  await expect(owed).toContainText(money(Number(detail.balances.arrearsCents)));
  await expect(owed.getByText('Total owed')).toBeVisible();
  await expect(owed).toContainText(money(Number(detail.balances.totalOwedCents)));
  await expect(page.getByRole('region', { name: 'Driver’s license' })).toContainText(
    'This case does not affect your driver’s license.',
  );
  await expect(page.getByRole('table', { name: /The last 12 payments/ }).getByRole('row')).toHaveCount(13);
  await expectNoSeriousAxeViolations(page);

  await page.getByRole('link', { name: 'See the full payment history' }).click();
  await expect(page).toHaveURL(/\/my-case\/1000000002\/payments$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Payments');
});

test('Payments: the chart draws the API’s 24 months and its table shows the same figures', async ({
  page,
}) => {
  // recharts sets styles through the DOM (allowed by the strict CSP, unlike style attributes in
  // markup); every violation is recorded here as well as failing the test as a console error.
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const root = document.documentElement;
      root.dataset.cspViolations = `${root.dataset.cspViolations ?? ''}${event.violatedDirective} `;
    });
  });
  const token = await signInThroughApi(page, 'demo.payer');
  const months = await monthlyFromApi(page, token, '1000000002');
  expect(months).toHaveLength(24);

  // With two cases, Payments asks which one.
  await page.goto('/payments');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Payments');
  await page.getByRole('link', { name: 'Payments on case 1000000002' }).click();
  await expect(page).toHaveURL(/\/my-case\/1000000002\/payments$/);
  await expectSingleH1(page);

  // The chart: an SVG hidden from assistive technology, one bar per month and series, drawn to one scale.
  const chart = page.getByTestId('monthly-chart');
  await expect(
    chart.locator('svg.recharts-surface').filter({ has: page.locator('.recharts-bar') }),
  ).toBeVisible();
  await expect(chart).toHaveAttribute('aria-hidden', 'true');
  const bars = await chart
    .locator('path.recharts-rectangle')
    .evaluateAll((paths) =>
      paths.map((path) => ({ name: path.getAttribute('name'), height: Number(path.getAttribute('height')) })),
    );
  const owedBars = bars.filter((bar) => bar.name === 'Owed');
  const paidBars = bars.filter((bar) => bar.name === 'Paid');
  expect(owedBars).toHaveLength(24);
  expect(paidBars).toHaveLength(24);
  const pixelsPerCent =
    Math.max(...owedBars.map((bar) => bar.height)) / Math.max(...months.map((month) => month.owedCents));
  months.forEach((month, index) => {
    expect(owedBars[index]?.height, `${month.month} owed`).toBeCloseTo(month.owedCents * pixelsPerCent, 0);
    expect(paidBars[index]?.height, `${month.month} paid`).toBeCloseTo(month.paidCents * pixelsPerCent, 0);
  });

  // The sentence and the table say the same, month by month and in total.
  const owedTotal = months.reduce((sum, month) => sum + month.owedCents, 0);
  const paidTotal = months.reduce((sum, month) => sum + month.paidCents, 0);
  await expect(page.getByText(`${money(owedTotal)} came due and ${money(paidTotal)} was paid`)).toBeVisible();
  await page.getByText('Show these figures as a table').click();
  const table = page.getByRole('table', { name: 'Owed and paid each month, last 24 months' });
  await expect(table).toBeVisible();
  const rows = table.locator('tbody tr');
  await expect(rows).toHaveCount(24);
  for (const [index, month] of months.entries()) {
    await expect(rows.nth(index)).toHaveText(
      `${monthName(month.month)}${money(month.owedCents)}${money(month.paidCents)}`,
    );
  }
  await expect(table.locator('tfoot tr')).toHaveText(`Total${money(owedTotal)}${money(paidTotal)}`);
  await expectNoSeriousAxeViolations(page);
  await page.getByText('Show these figures as a table').click(); // hovering over the chart draws its tooltip
  await chart.hover();
  expect(await page.evaluate(() => document.documentElement.dataset.cspViolations ?? '')).toBe('');
});

test('Payments: filters live in the URL, a reload keeps them, and "Show more" walks the history', async ({
  page,
}) => {
  const token = await signInThroughApi(page, 'demo.payer');
  const all = itemsOf(await apiGet(page, token, '/api/v1/cases/1000000002/payments?limit=100'));
  const mail = all.filter((payment) => payment.source === 'mail');
  expect(all.length).toBeGreaterThan(20);
  expect(mail.length).toBeGreaterThan(0);

  await page.goto('/my-case/1000000002/payments');
  const history = page.getByRole('table', { name: 'Payments on case 1000000002, newest first' });
  await expect(history.locator('tbody tr')).toHaveCount(20);
  await page.getByRole('button', { name: 'Show more payments' }).click();
  await expect(history.locator('tbody tr')).toHaveCount(all.length);
  // Focus moves to the first added payment, so the keyboard carries on from there.
  await expect(history.locator('tbody tr').nth(20).locator('th')).toBeFocused();
  await expect(page.getByRole('button', { name: 'Show more payments' })).toHaveCount(0);
  await expect(page.getByText(`${all.length} payments, newest first.`)).toBeVisible();

  await page.getByLabel('Paid by').selectOption({ label: 'Mail' });
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/\/my-case\/1000000002\/payments\?source=mail$/);
  await expect(history.locator('tbody tr')).toHaveCount(mail.length);
  await expect(history.locator('tbody td[data-label="Paid by"]')).toHaveText(mail.map(() => 'Mail'));

  await page.reload();
  await expect(page.getByLabel('Paid by')).toHaveValue('mail');
  await expect(history.locator('tbody tr')).toHaveCount(mail.length);
  await expectSingleH1(page);

  // A date range too, from the newest mail payment's day on.
  const georgiaDay = (payment: Record<string, unknown> | undefined) =>
    new Intl.DateTimeFormat('en-CA', { timeZone: 'America/New_York' }).format(
      new Date(String(payment?.receivedAt)),
    );
  const day = georgiaDay(mail[0]);
  await page.getByLabel('Received on or after').fill(day);
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(new RegExp(`\\?from=${day}&source=mail$`));
  await expect(history.locator('tbody tr')).toHaveCount(
    mail.filter((payment) => georgiaDay(payment) >= day).length,
  );

  await page.getByRole('link', { name: 'Clear filters' }).click();
  await expect(page).toHaveURL(/\/payments$/);
  await expect(page.getByLabel('Paid by')).toHaveValue('');
});

test('the statement prints with its header, totals and payments, and without the site around it', async ({
  page,
}) => {
  const token = await signInThroughApi(page, 'demo.payer');
  const me = await apiGet(page, token, '/api/v1/me');
  if (!isRecord(me)) throw new Error('unexpected /me');

  await page.goto('/my-case/1000000002/payments');
  await page.getByRole('link', { name: 'Print a statement' }).click();
  await expect(page).toHaveURL(/\/my-case\/1000000002\/statement$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Payment statement');
  await expectSingleH1(page);
  const statement = page.getByRole('article', { name: 'Payment statement' });
  await expect(statement).toContainText('Division of Child Support Services');
  await expect(statement).toContainText(`${String(me.firstName)} ${String(me.lastName)}`);
  await expect(statement).toContainText('1000000002');
  await expect(statement.getByText('Total paid in this period')).toBeVisible();
  const table = statement.getByRole('table', {
    name: /^Payments on case 1000000002, .+ to .+, newest first$/,
  });
  await expect(table).toBeVisible();
  expect(await table.locator('tbody tr').count()).toBeGreaterThan(0);
  await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Primary' })).toBeHidden();
  await expect(page.locator('.usa-banner')).toBeHidden();
  await expect(page.locator('footer.usa-footer')).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Breadcrumbs' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeHidden();
  await expect(page.getByLabel('Received on or after')).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(table).toBeVisible();
  // Chromium's own print-to-PDF renders it (what "Save as PDF" gives a parent).
  const pdf = await page.pdf({ format: 'Letter' });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
});

test('another parent’s case is "not found", exactly like a case that does not exist', async ({ page }) => {
  await signInThroughApi(page, 'demo.parent');
  for (const path of [
    '/my-case/1000000002',
    '/my-case/1000000002/payments',
    '/my-case/1000000002/statement',
    '/my-case/9999999999',
    '/my-case/not-a-case',
  ]) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 }), path).toHaveText(
      'We could not find that case on your account',
    );
    await expectSingleH1(page);
  }
  await expect(page.getByRole('navigation', { name: 'Primary' })).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await page.getByRole('link', { name: 'Go to My Case' }).click();
  await expect(page.getByRole('heading', { name: 'Case 1000000001' })).toBeVisible();
  await expect(page.getByText('You receive support')).toBeVisible();
});

test('with one case, Payments goes straight to it', async ({ page }) => {
  await signInThroughApi(page, 'demo.parent');
  await page.goto('/payments');
  await expect(page).toHaveURL(/\/my-case\/1000000001\/payments$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Payments');
  await expect(page.getByText('Case 1000000001 · You receive support')).toBeVisible();
});

test.describe('on a 320 px phone', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test('My Case shows the balance and the last payment in the first screen, and no page scrolls sideways', async ({
    page,
  }) => {
    await signInThroughApi(page, 'demo.payer');
    await page.goto('/my-case');
    const firstCard = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: 'Case 1000000001' }) });
    for (const figure of ['total-owed', 'last-payment']) {
      const box = await firstCard.locator(`[data-figure="${figure}"] dd`).boundingBox();
      expect(box, figure).not.toBeNull();
      expect((box?.y ?? Infinity) + (box?.height ?? 0), `${figure} is above the fold`).toBeLessThanOrEqual(
        640,
      );
    }
    await expectNoSidewaysScroll(page);
    for (const path of [
      '/my-case/1000000002',
      '/my-case/1000000002/payments',
      '/my-case/1000000002/statement',
    ]) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectNoSidewaysScroll(page);
    }
  });
});
