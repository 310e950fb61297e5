// Make Payment in the browser (issue 8, part B), with the labelled test processor: the form's error
// summary takes focus; details → review → Confirm clicked twice → ONE receipt with a confirmation
// number, and the payment is in the case's Payments as pending; a card ending 0002 is declined and
// the form says so; a parent who pays on no case gets an explanation and no form. Amounts carry
// this run's cents so other specs' payments on the same case never confuse the counts.
import type { Page } from '@playwright/test';
import {
  apiGet,
  expect,
  expectNoSeriousAxeViolations,
  expectSingleH1,
  signInThroughApi,
  test,
} from '../fixtures.ts';

const cents = 1_000 + (Date.now() % 900);
const amountText = (cents / 100).toFixed(2);

async function fillCard(page: Page, cardNumber: string) {
  await page.getByLabel('Card number').fill(cardNumber);
  await page.getByLabel('Expiration date').fill('12/30');
  await page.getByLabel('Security code').fill('321');
  await page.getByLabel('Billing ZIP code').fill('30303');
}

test('an empty or wrong form gets a focused error summary naming each field', async ({ page }) => {
  await signInThroughApi(page, 'demo.payer');
  await page.goto('/make-payment');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Make Payment');
  await expectSingleH1(page);
  await expect(page.getByTestId('test-processor-notice')).toContainText(
    'Test processor — no real money moves',
  );
  await expectNoSeriousAxeViolations(page);

  await page.getByLabel('Amount', { exact: true }).fill('');
  await page.getByRole('button', { name: 'Review payment' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link')).toHaveText([
    'Enter the amount to pay',
    'Enter the card number',
    'Enter the expiration date',
    'Enter the security code',
    'Enter the billing ZIP code',
  ]);
  await expectNoSeriousAxeViolations(page);

  await page.getByLabel('Amount', { exact: true }).fill('0.50');
  await fillCard(page, '4242 4242 4242 4241');
  await page.getByRole('button', { name: 'Review payment' }).click();
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link')).toHaveText([
    'The smallest payment is $1.00',
    'Check the card number: it is not a valid card number',
  ]);
  await summary.getByRole('link', { name: /card number/ }).click();
  await expect(page.getByLabel('Card number')).toBeFocused();
});

test('review, then Confirm clicked twice: one payment, one receipt, pending in Payments', async ({
  page,
}) => {
  const token = await signInThroughApi(page, 'demo.payer');
  let posts = 0;
  page.on('request', (request) => {
    if (request.method() === 'POST' && request.url().endsWith('/api/v1/payments')) posts += 1;
  });
  await page.goto('/make-payment');
  await page.getByLabel('Case', { exact: true }).selectOption('1000000001');
  await page.getByLabel('Amount', { exact: true }).fill(amountText);
  await fillCard(page, '4242 4242 4242 4242');
  await page.getByRole('button', { name: 'Review payment' }).click();

  await expect(page.getByRole('heading', { level: 2, name: /Review and confirm/ })).toBeFocused();
  await expect(page.locator('[data-review="amount"]')).toHaveText(`$${amountText}`);
  await expect(page.getByText('Card ending in 4242, expires 12/30')).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await page.getByRole('button', { name: 'Confirm payment' }).dblclick();

  await expect(page).toHaveURL(/\/make-payment\/receipt\/PAY-[0-9A-Z]{10}$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Payment receipt');
  await expectSingleH1(page);
  const confirmation = await page.locator('[data-receipt="confirmation"]').innerText();
  expect(page.url()).toContain(confirmation);
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
});

test('a declined card (ending 0002) brings the form back with the reason, focused', async ({ page }) => {
  await signInThroughApi(page, 'demo.payer');
  await page.goto('/make-payment');
  await fillCard(page, '4000 0000 0000 0002');
  await page.getByRole('button', { name: 'Review payment' }).click();
  await page.getByRole('button', { name: 'Confirm payment' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('Your card was declined. No payment was made.');
  await expect(page.getByLabel('Card number')).toHaveValue('4000 0000 0000 0002');
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
  await expect(page.getByLabel('Card number')).toHaveCount(0);
  await expectNoSeriousAxeViolations(page);
});
