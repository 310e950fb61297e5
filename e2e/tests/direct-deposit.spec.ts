// Notices and the Direct Deposit outage in the browser (issue 6, docs/product.md §4): the outage banner
// on the home page and the Direct Deposit page; a supervisor turns directDepositUpdate on in the
// console with a reason; within 5 s — by polling, without a reload — the banner is gone and the
// form works (the change waits out its cooling-off, and the parent cancels it); turned off again,
// the API answers 503 and the banner is back.
//
// This file toggles a switch every page reads, so its tests run one after another, and the switch
// is turned off again whatever happens. No other spec asserts on the Direct Deposit banner. The
// parent who changes bank account is carlos.brooks8 (one of the seed's extra registered parents,
// password as demo.parent's), whom no other spec uses; demo.parent's enrolment is only read.
import type { Browser, Page } from '@playwright/test';
import {
  demoPassword,
  expect,
  expectNoSeriousAxeViolations,
  expectSingleH1,
  signInStaffThroughApi,
  signInThroughApi,
  test,
} from '../fixtures.ts';

test.describe.configure({ mode: 'serial' });

const OUTAGE = 'The Direct Deposit update feature is temporarily unavailable.';
const parentUserId = 'carlos.brooks8';

async function setSwitch(page: Page, token: string, enabled: boolean) {
  const response = await page.request.put('/api/v1/admin/features/directDepositUpdate', {
    headers: { authorization: `Bearer ${token}` },
    data: { enabled, reason: 'e2e: restore the seeded state' },
  });
  expect(response.status(), await response.text()).toBe(200);
}

async function newPage(browser: Browser) {
  const context = await browser.newContext();
  return { page: await context.newPage(), close: () => context.close() };
}

test('a visitor sees the outage banner on the home page; it cannot be closed, other notices can (for this session)', async ({
  page,
}) => {
  await page.goto('/');
  const notices = page.getByRole('region', { name: 'Notices' });
  const outage = notices.locator('.usa-alert--emergency');
  await expect(outage).toContainText(OUTAGE);
  await expect(outage.getByRole('button')).toHaveCount(0);
  await notices.getByRole('button', { name: 'Close this notice: Privacy' }).click();
  await expect(
    notices.locator('.usa-alert', {
      hasText: 'An important security message concerning your personal information',
    }),
  ).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('region', { name: 'Notices' }).locator('.usa-alert--emergency')).toContainText(
    OUTAGE,
  );
  await expect(
    page.getByText('An important security message concerning your personal information'),
  ).toHaveCount(0);
  // The Notices page lists every notice, closed ones too.
  await page.goto('/notices');
  await expectSingleH1(page);
  await expect(
    page.getByText('An important security message concerning your personal information'),
  ).toBeVisible();
  await expectNoSeriousAxeViolations(page);
});

test('the Direct Deposit page shows the masked account and, while the switch is off, the outage and no form', async ({
  page,
}) => {
  await signInThroughApi(page, 'demo.parent');
  await page.goto('/direct-deposit');
  await expect(page.getByRole('heading', { level: 1, name: 'Direct Deposit' })).toBeVisible();
  await expectSingleH1(page);
  await expect(page.getByTestId('dd-current')).toContainText('Checking account ending in 6789');
  await expect(page.getByTestId('dd-current')).not.toContainText('4000123456789');
  await expect(page.locator('.usa-alert--emergency')).toHaveCount(1); // the page's, not a second site banner
  await expect(page.locator('.usa-alert--emergency')).toContainText(OUTAGE);
  await expect(page.getByLabel('Routing number')).toHaveCount(0);
  await expectNoSeriousAxeViolations(page);
});

test('a supervisor turns Direct Deposit updates on: within 5 s the banner goes and the form works; off again, 503 and the banner is back', async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const staff = await newPage(browser);
  const staffToken = await signInStaffThroughApi(staff.page, 'supervisor.demo');
  try {
    // --- The parent has the page open, and a second tab on the home page.
    const parentToken = await signInThroughApi(page, parentUserId);
    await page.goto('/direct-deposit');
    await expect(page.getByText('You do not have a Direct Deposit account on file.')).toBeVisible();
    await expect(page.locator('.usa-alert--emergency')).toContainText(OUTAGE);
    const home = await page.context().newPage();
    await home.goto('/');
    await expect(home.locator('.usa-alert--emergency')).toContainText(OUTAGE);

    // --- The supervisor turns the switch on in the console, confirming with a reason.
    await staff.page.goto('/console/feature-switches');
    await expect(staff.page.getByRole('heading', { level: 1, name: 'Feature switches' })).toBeVisible();
    await expectNoSeriousAxeViolations(staff.page);
    await staff.page.getByRole('button', { name: 'Turn on directDepositUpdate' }).click();
    const dialog = staff.page.getByRole('dialog', { name: 'Turn on directDepositUpdate?' });
    await dialog.getByRole('button', { name: 'Turn on' }).click();
    await expect(dialog.getByRole('alert')).toContainText('There is a problem');
    await dialog.getByLabel('Reason').fill('Bank file processing restored');
    await dialog.getByRole('button', { name: 'Turn on' }).click();
    await expect(
      staff.page.getByRole('status').filter({ hasText: 'directDepositUpdate is now on.' }),
    ).toBeVisible();

    // --- Within 5 s, with no reload: the banner is gone and the form is there.
    await expect(page.locator('.usa-alert--emergency')).toHaveCount(0, { timeout: 5_000 });
    await expect(page.getByLabel('Routing number')).toBeVisible({ timeout: 5_000 });
    await expect(home.locator('.usa-alert--emergency')).toHaveCount(0, { timeout: 5_000 });
    await expectNoSeriousAxeViolations(page);

    // Problems are caught before anything is sent, all in the error summary: the mismatched
    // confirmation and the missing current password (the step-up, docs/security.md).
    await page.getByLabel('Routing number').fill('061000052');
    await page.getByLabel('Account number', { exact: true }).fill('000987654321');
    await page.getByLabel('Enter the account number again').fill('000987654322');
    await page.getByRole('group', { name: 'Type of account' }).getByText('Savings', { exact: true }).click();
    await page.getByRole('button', { name: 'Change my account' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
    await expect(summary).toBeFocused();
    await expect(summary).toContainText('The account numbers do not match.');
    await expect(summary).toContainText('Enter your current password');
    await page.getByLabel('Enter the account number again').fill('000987654321');
    await page.getByLabel('Your current password').fill(demoPassword);
    await page.getByRole('button', { name: 'Change my account' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Your change was received' })).toBeVisible();
    // The cooling-off (docs/security.md): the change waits, shown with its date and a Cancel button;
    // the account on file is unchanged until then.
    const pending = page.getByTestId('dd-pending');
    await expect(pending).toContainText('A change to your Direct Deposit account is waiting');
    await expect(pending).toContainText('Savings account ending in 4321');
    await expect(pending).not.toContainText('000987654321');
    await expect(page.getByText('You do not have a Direct Deposit account on file.')).toBeVisible();
    await expectSingleH1(page);
    await expectNoSeriousAxeViolations(page);
    // My Case tells of it too, with the way back here.
    await home.goto('/my-case');
    await expect(home.getByTestId('dd-pending-banner')).toContainText('ending in 4321');
    await expectNoSeriousAxeViolations(home);
    await home.goto('/');
    // Cancelling needs no password.
    await pending.getByRole('button', { name: 'Cancel this change' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'The change was cancelled.' })).toBeFocused();
    await expect(page.getByTestId('dd-pending')).toHaveCount(0);

    // --- Off again: the API refuses updates at once, and the banner comes back within 5 s.
    await staff.page.getByRole('button', { name: 'Turn off directDepositUpdate' }).click();
    const off = staff.page.getByRole('dialog', { name: 'Turn off directDepositUpdate?' });
    await off.getByLabel('Reason').fill('Bank reports a new file problem');
    await off.getByRole('button', { name: 'Turn off' }).click();
    await expect(
      staff.page.getByRole('status').filter({ hasText: 'directDepositUpdate is now off.' }),
    ).toBeVisible();
    const refused = await page.request.put('/api/v1/direct-deposit', {
      headers: { authorization: `Bearer ${parentToken}`, 'x-expect-error': '503' },
      data: {
        routingNumber: '061000052',
        accountNumber: '111122223333',
        accountNumberConfirmation: '111122223333',
        accountType: 'checking',
        currentPassword: demoPassword,
      },
    });
    expect(refused.status()).toBe(503);
    expect((await refused.json()).error).toMatchObject({
      code: 'FEATURE_UNAVAILABLE',
      message: expect.stringContaining(OUTAGE),
    });
    await expect(page.locator('.usa-alert--emergency')).toContainText(OUTAGE, { timeout: 5_000 });
    await expect(page.getByLabel('Routing number')).toHaveCount(0, { timeout: 5_000 });
    await expect(home.locator('.usa-alert--emergency')).toContainText(OUTAGE, { timeout: 5_000 });
  } finally {
    await setSwitch(staff.page, staffToken, false);
    await staff.close();
  }
});
