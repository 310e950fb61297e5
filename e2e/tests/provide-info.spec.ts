// Provide Info and Notification preferences in the browser (issue 8, part B): the form's error
// summary takes focus and is announced; a phone change is sent and listed as Submitted; a staff
// member accepts an address change in the console and the parent's Provide Info and My Case then
// show the new address; a rejection's reason reaches the parent; the two email choices are saved
// and kept. Axe and one h1 on every page. demo.parent's requests carry text unique to this run,
// so the queue can hold other requests (other specs, earlier tests) without confusing these.
import type { Browser, Page } from '@playwright/test';
import {
  expect,
  expectNoSeriousAxeViolations,
  expectSingleH1,
  signInStaffThroughApi,
  signInThroughApi,
  test,
} from '../fixtures.ts';

// The tests change demo.parent's record and preferences one after another.
test.describe.configure({ mode: 'serial' });

const run = Date.now().toString(36).slice(-5).toUpperCase();

async function staffPage(browser: Browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInStaffThroughApi(page, 'supervisor.demo');
  return { page, close: () => context.close() };
}

/** USWDS draws its own radio: a person clicks the label (the input itself is visually hidden). */
async function choose(page: Page, kind: string) {
  await page.getByRole('group', { name: 'What has changed?' }).getByText(kind, { exact: true }).click();
}

async function openRequest(console: Page, text: string) {
  await console.goto('/console/change-requests');
  await expect(console.getByRole('heading', { level: 1 })).toHaveText('Change requests');
  await expectSingleH1(console);
  const row = console.getByRole('row').filter({ hasText: text });
  await expect(row).toHaveCount(1);
  await expectNoSeriousAxeViolations(console);
  await row.getByRole('link').click();
  await expect(console.getByRole('heading', { level: 1 })).toContainText('Casey Morgan');
  await expectSingleH1(console);
}

test('an empty or wrong form gets a focused error summary; a phone change is sent and listed as submitted', async ({
  page,
}) => {
  await signInThroughApi(page, 'demo.parent');
  await page.goto('/provide-info');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Provide Info');
  await expectSingleH1(page);
  await expect(page.getByRole('region', { name: 'What we have on file' })).toContainText(
    'casey.morgan@example.com',
  );
  await expectNoSeriousAxeViolations(page);

  await page.getByRole('button', { name: 'Send for review' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('Choose what has changed');

  await choose(page, 'Mailing address');
  await page.getByLabel('Street address').fill('1 Main St');
  await page.getByLabel('ZIP code').fill('303');
  await page.getByRole('button', { name: 'Send for review' }).click();
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link')).toHaveText([
    'Enter the city',
    'Choose the state or territory',
    'Enter a 5-digit ZIP code, or ZIP+4 like 30303-1234',
  ]);
  await summary.getByRole('link', { name: /5-digit ZIP/ }).click();
  await expect(page.getByLabel('ZIP code')).toBeFocused();
  await expect(page.getByLabel('ZIP code')).toHaveAttribute('aria-invalid', 'true');
  await expectNoSeriousAxeViolations(page);

  await choose(page, 'Phone number');
  await page.getByLabel('New phone number').fill('555-01');
  await page.getByRole('button', { name: 'Send for review' }).click();
  await expect(summary).toContainText('Enter a 10-digit phone number, like 404-555-0100');

  await page.getByLabel('New phone number').fill('(404) 555-0188');
  await page.getByRole('button', { name: 'Send for review' }).click();
  const sent = page.getByRole('status').filter({ hasText: 'Your change was sent' });
  await expect(sent).toBeFocused();
  await expect(summary).toHaveCount(0);
  const row = page
    .getByRole('region', { name: 'Your change requests' })
    .getByRole('row')
    .filter({ hasText: '(404) 555-0188' });
  await expect(row).toContainText('Submitted');
  await expectNoSeriousAxeViolations(page);
});

test('a staff member accepts an address change in the console, and the parent then sees the new address', async ({
  page,
  browser,
}) => {
  test.setTimeout(90_000);
  const street = `${run} Magnolia Test Ln`;
  await signInThroughApi(page, 'demo.parent');
  await page.goto('/provide-info');
  await choose(page, 'Mailing address');
  await page.getByLabel('Street address').fill(street);
  await page.getByLabel('Apartment, suite or unit').fill('Unit 8');
  await page.getByLabel('City').fill('Macon');
  await page.getByLabel('State or territory').selectOption('GA');
  await page.getByLabel('ZIP code').fill('31201-0042');
  await page.getByRole('button', { name: 'Send for review' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Your change was sent' })).toBeVisible();

  const staff = await staffPage(browser);
  try {
    await openRequest(staff.page, street);
    const comparison = staff.page.getByRole('table', { name: /on file and what the parent asks for/ });
    await expect(comparison.locator('[data-column="requested"]')).toContainText(street);
    await expect(comparison.locator('[data-column="current"]')).not.toContainText(street);
    await expectNoSeriousAxeViolations(staff.page);
    await staff.page.getByRole('button', { name: 'Accept', exact: true }).click();
    const dialog = staff.page.getByRole('dialog', { name: 'Accept this change?' });
    await expectNoSeriousAxeViolations(staff.page);
    await dialog.getByRole('button', { name: 'Accept and update the record' }).click();
    await expect(staff.page.getByRole('status').filter({ hasText: 'Accepted.' })).toHaveText(
      'Accepted. The parent’s record now shows the new details.',
    );
    await expect(comparison.locator('[data-column="current"]')).toContainText(street);
  } finally {
    await staff.close();
  }

  await page.goto('/my-case');
  const mailing = page.getByRole('region', { name: 'Your mailing address' });
  await expect(mailing).toContainText(street);
  await expect(mailing).toContainText('Macon, GA 31201-0042');
  await expectSingleH1(page);
  await expectNoSeriousAxeViolations(page);
  await mailing.getByRole('link', { name: 'Report a change of address' }).click();
  await expect(page.getByRole('region', { name: 'What we have on file' })).toContainText(street);
  await expect(
    page.getByRole('region', { name: 'Your change requests' }).getByRole('row').filter({ hasText: street }),
  ).toContainText('Accepted');
});

test('a rejection needs a reason in the console, and the parent reads it', async ({ page, browser }) => {
  test.setTimeout(90_000);
  const employer = `Test Employer ${run}`;
  await signInThroughApi(page, 'demo.parent');
  await page.goto('/provide-info');
  await choose(page, 'Employer');
  await page.getByLabel('Employer’s name').fill(employer);
  await page.getByRole('button', { name: 'Send for review' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Your change was sent' })).toBeVisible();

  const staff = await staffPage(browser);
  try {
    await openRequest(staff.page, employer);
    await staff.page.getByRole('button', { name: 'Reject', exact: true }).click();
    const dialog = staff.page.getByRole('dialog', { name: 'Reject this change?' });
    await dialog.getByRole('button', { name: 'Reject', exact: true }).click();
    const summary = dialog.getByRole('alert').filter({ hasText: 'There is a problem' });
    await expect(summary).toBeFocused();
    await dialog.getByLabel('Reason').fill('We could not reach this employer');
    await dialog.getByRole('button', { name: 'Reject', exact: true }).click();
    await expect(staff.page.getByRole('status').filter({ hasText: 'Rejected.' })).toHaveText(
      'Rejected. The parent has been told why.',
    );
  } finally {
    await staff.close();
  }

  await page.reload();
  const row = page
    .getByRole('region', { name: 'Your change requests' })
    .getByRole('row')
    .filter({ hasText: employer });
  await expect(row).toContainText('Rejected');
  await expect(row).toContainText('Reason: We could not reach this employer');
});

test('notification preferences are saved with a confirmation and kept', async ({ page }) => {
  await signInThroughApi(page, 'demo.parent');
  await page.goto('/notifications');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Notification preferences');
  await expectSingleH1(page);
  await expect(page.getByText('We send these emails to c•••@example.com.')).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  const payments = page.getByLabel('When a payment is received on my case');
  const notices = page.getByLabel('When there is a new notice from the agency');
  await expect(payments).toBeChecked();
  await expect(notices).not.toBeChecked();

  // USWDS draws its own boxes: a person clicks the labels.
  await page.getByText('When a payment is received on my case').click();
  await page.getByText('When there is a new notice from the agency').click();
  await page.getByRole('button', { name: 'Save preferences' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Your notification preferences were saved.' }),
  ).toBeFocused();
  await page.reload();
  await expect(payments).not.toBeChecked();
  await expect(notices).toBeChecked();

  // Back as they were.
  await page.getByText('When a payment is received on my case').click();
  await page.getByText('When there is a new notice from the agency').click();
  await page.getByRole('button', { name: 'Save preferences' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'saved' })).toBeVisible();
});
