// The contact center console in the browser (issue 5): an agent signs in with an authenticator
// code, finds a caller's account, sees why they cannot get in, unlocks it with a reason, and the
// customer signs in again; a supervisor reads that account's audit trail and reveals an SSN; an
// agent does not get supervisor or admin pages, and the API refuses them with 403; an admin adds a
// staff user, who sets up the authenticator app at the first sign-in; the idle warning.
//
// The customer locked here is shanice.alexander7 (case 1000000018, one of the seed's ten extra
// registered parents, password as demo.parent's), which no other spec uses: locking demo.parent
// would break the specs that sign in as demo.parent in parallel.
// Each staff user signs in from one test only (the API refuses an authenticator code's 30-second
// step twice for one user); the fixtures' helpers take a fresh step when needed.
import type { Browser, Page } from '@playwright/test';
import {
  demoPassword,
  demoStaffPassword,
  expect,
  expectNoSeriousAxeViolations,
  expectSingleH1,
  freshStaffCode,
  signInStaffThroughApi,
  openConsoleNav,
  test,
} from '../fixtures.ts';

const lockedCustomer = { userId: 'shanice.alexander7', caseNumber: '1000000018' };

async function search(page: Page, query: string, reason: RegExp) {
  await page.getByLabel(/User ID, case number, last name/).fill(query);
  await page.getByRole('group', { name: 'Why are you looking?' }).getByText(reason).click();
  await page.getByRole('button', { name: 'Search', exact: true }).click();
}

/** A second signed-in person in the same browser, in a context of their own (their own cookie). */
async function staffPage(browser: Browser, username: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const token = await signInStaffThroughApi(page, username);
  return { page, token, close: () => context.close() };
}

test('an agent finds the caller, unlocks them with a reason, and the supervisor reads who did what', async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);

  // --- The agent signs in through the page: warning, acknowledgement, password and code.
  await page.goto('/console');
  await expect(page).toHaveURL(/\/console\/sign-in/);
  await expectNoSeriousAxeViolations(page);
  await page.getByLabel('Username').fill('agent.demo');
  await page.getByLabel('Password', { exact: true }).fill(demoStaffPassword);
  await page.getByLabel('Authenticator code').fill(await freshStaffCode('agent.demo'));
  await page.getByText('I acknowledge the warning above', { exact: true }).click();
  const signedIn = page.waitForResponse((response) => response.url().endsWith('/api/v1/staff/auth/sign-in'));
  await page.getByRole('button', { name: 'Sign in' }).click();
  const agentToken: unknown = (await (await signedIn).json()).accessToken;
  expect(typeof agentToken).toBe('string');

  // --- Lookup: the header names the agent; the navigation shows only what an agent may use.
  await expect(page.getByRole('heading', { level: 1, name: 'Find an account' })).toBeVisible();
  await expect(page).toHaveURL(/\/console\/?$/);
  const header = page.getByRole('banner');
  await expect(header.getByText('Dana Whitfield')).toBeVisible();
  await expect(header.getByText('Agent', { exact: true })).toBeVisible();
  await expect(header.getByRole('button', { name: 'Sign out' })).toBeVisible();
  const nav = page.getByRole('navigation', { name: 'Console' });
  await expect(nav.getByRole('link', { name: 'Find an account' })).toBeVisible();
  await expect(nav.getByRole('button', { name: 'Requests' })).toBeVisible();
  await expect(nav.getByRole('button', { name: 'Supervision' })).toHaveCount(0);
  await expect(nav.getByRole('button', { name: 'Administration' })).toHaveCount(0);
  await expectSingleH1(page);
  await expectNoSeriousAxeViolations(page);

  // The reason is required: the error summary says so and takes focus.
  await page.getByLabel(/User ID, case number, last name/).fill('1000000001');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  const summary = page.getByRole('alert');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('Choose why you are looking');

  // --- demo.parent by case number, reason "Caller verified": masked, ranked results.
  await search(page, '1000000001', /Caller verified/);
  const results = page.getByRole('table', { name: /Accounts that match/ });
  const parentRow = results.getByRole('row').filter({ hasText: 'demo.parent' });
  await expect(parentRow).toContainText('***-**-6781');
  await expect(parentRow).toContainText('1986');
  await expect(parentRow).not.toContainText('1986-02-14');
  await expect(parentRow).toContainText('Active');
  await expect(page.getByText('Searched by: case number')).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await parentRow.getByRole('link', { name: 'Morgan, Casey' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Casey Morgan' })).toBeVisible();
  await expect(page.getByText('c•••@example.com')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Help the caller reset on their own' })).toBeVisible();
  // An agent never sees the full SSN, nor the way to it.
  await expect(page.getByRole('button', { name: 'Reveal full SSN' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: /Who viewed this account/ })).toHaveCount(0);
  await expectSingleH1(page);
  await expectNoSeriousAxeViolations(page);

  // --- Another registered parent fails to sign in 11 times (through the API): locked.
  for (let attempt = 0; attempt < 11; attempt++) {
    const failed = await page.request.post('/api/v1/auth/sign-in', {
      data: { userId: lockedCustomer.userId, password: 'not the right password 0' },
    });
    expect(failed.status()).toBe(401);
  }
  await page.getByRole('link', { name: 'Back to Find an account' }).click();
  await search(page, lockedCustomer.caseNumber, /Caller verified/);
  const lockedRow = page
    .getByRole('table', { name: /Accounts that match/ })
    .getByRole('row')
    .filter({ hasText: lockedCustomer.userId });
  await expect(lockedRow).toContainText('Locked until');
  await lockedRow.getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Shanice Alexander' })).toBeVisible();
  const accountId = new URL(page.url()).pathname.split('/').at(-1) ?? '';
  const status = page.getByRole('region', { name: 'Status' });
  await expect(status.getByText(/^Locked until /)).toBeVisible();
  await expect(status.getByText('Failed sign-in attempts (last 15 minutes)').locator('..')).toContainText(
    '11',
  );
  await expect(page.getByRole('table', { name: /last 20 security events/ })).toContainText(
    'Failed sign-in: wrong password',
  );
  await expectNoSeriousAxeViolations(page);

  // --- Unlock: a confirmation with a required reason.
  await page.getByRole('button', { name: 'Unlock sign-in' }).click();
  const dialog = page.getByRole('dialog', { name: 'Unlock sign-in?' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('Reason')).toBeFocused();
  await expectNoSeriousAxeViolations(page);
  await dialog.getByRole('button', { name: 'Unlock sign-in' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Say briefly why');
  await dialog.getByLabel('Reason').fill('Caller verified by phone, forgot password twice');
  await dialog.getByRole('button', { name: 'Unlock sign-in' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Sign-in unlocked' })).toBeFocused();
  await expect(status.getByText('Active', { exact: true })).toBeVisible();
  await expect(status.getByText(/^Locked until /)).toHaveCount(0);

  // --- The customer signs in again.
  const customer = await page.request.post('/api/v1/auth/sign-in', {
    data: { userId: lockedCustomer.userId, password: demoPassword },
  });
  expect(customer.status()).toBe(200);

  // --- The agent is no supervisor or admin: the pages say so, the API answers 403.
  await page.goto('/console/audit');
  await expect(
    page.getByRole('heading', { level: 1, name: 'You do not have access to this page' }),
  ).toBeVisible();
  await page.goto('/console/staff-users');
  await expect(
    page.getByRole('heading', { level: 1, name: 'You do not have access to this page' }),
  ).toBeVisible();
  const bearer = { authorization: `Bearer ${String(agentToken)}` };
  expect(
    (await page.request.get(`/api/v1/staff/audit?accountId=${accountId}`, { headers: bearer })).status(),
  ).toBe(403);
  expect((await page.request.get('/api/v1/admin/staff-users', { headers: bearer })).status()).toBe(403);
  expect(
    (
      await page.request.post(`/api/v1/staff/accounts/${accountId}/reveal-ssn`, {
        headers: bearer,
        data: { reason: 'forced' },
      })
    ).status(),
  ).toBe(403);

  // --- A supervisor reads that account's audit trail: the agent's search, view and unlock.
  const supervisor = await staffPage(browser, 'supervisor.demo');
  try {
    const audit = supervisor.page;
    await audit.goto(`/console/audit?accountId=${accountId}`);
    await expect(audit.getByRole('heading', { level: 1, name: 'Audit trail' })).toBeVisible();
    const events = audit.getByRole('table', { name: /Audit events/ });
    const byAgent = events.getByRole('row').filter({ hasText: 'Dana Whitfield' });
    await expect(byAgent.filter({ hasText: /Searched for .*caller-verified/ })).not.toHaveCount(0);
    await expect(byAgent.filter({ hasText: 'Viewed the account' })).not.toHaveCount(0);
    await expect(
      byAgent.filter({ hasText: 'Unlocked sign-in — “Caller verified by phone, forgot password twice”' }),
    ).toHaveCount(1);
    await expect(audit.getByLabel('Customer account ID')).toHaveValue(accountId);
    await expectSingleH1(audit);
    await expectNoSeriousAxeViolations(audit);

    // The CSV with the same filters, fetched with the bearer token and saved as a file.
    const download = audit.waitForEvent('download');
    await audit.getByRole('button', { name: 'Download CSV' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^audit-trail-\d{4}-\d{2}-\d{2}\.csv$/);
    await expect(audit.getByText(/^Downloaded audit-trail-/)).toBeVisible();

    // Supervisors see the way to the full SSN, for this view only, with a reason.
    await audit.goto('/console');
    await expect(
      (await openConsoleNav(audit, 'Supervision')).getByRole('link', { name: 'Audit trail' }),
    ).toBeVisible();
    await expect(
      audit.getByRole('navigation', { name: 'Console' }).getByRole('button', { name: 'Administration' }),
    ).toHaveCount(0);
    await search(audit, 'demo.parent', /Case work/);
    await audit.getByRole('link', { name: 'Morgan, Casey' }).click();
    await audit.getByRole('button', { name: 'Reveal full SSN' }).click();
    const reveal = audit.getByRole('dialog', { name: 'Reveal the full SSN?' });
    await reveal.getByLabel('Reason').fill('Checking a mismatch with the case record');
    await reveal.getByRole('button', { name: 'Reveal SSN' }).click();
    await expect(audit.getByTestId('ssn')).toHaveText('123-45-6781');
    await audit.getByRole('link', { name: 'Back to Find an account' }).click();
    await audit.getByRole('link', { name: 'Morgan, Casey' }).click();
    await expect(audit.getByTestId('ssn')).toHaveText('***-**-6781');
  } finally {
    await supervisor.close();
  }
});

test('an admin adds a staff user, who sets up the authenticator app at the first sign-in', async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  await signInStaffThroughApi(page, 'admin.demo');
  await page.goto('/console/staff-users');
  await expect(page.getByRole('heading', { level: 1, name: 'Staff users' })).toBeVisible();
  await expect(
    (await openConsoleNav(page, 'Administration')).getByRole('link', { name: 'Staff users' }),
  ).toBeVisible();
  const users = page.getByRole('table', { name: 'Staff users' });
  await expect(users.getByRole('row').filter({ hasText: 'agent.demo' })).toContainText('Agent');
  await expectSingleH1(page);
  await expectNoSeriousAxeViolations(page);

  // An empty form explains itself.
  await page.getByRole('button', { name: 'Add staff user' }).click();
  await expect(page.getByRole('alert')).toContainText('Enter a username');

  const username = `e2e.agent.${Date.now().toString(36)}`;
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Full name').fill('Avery Quinn');
  await page.getByLabel('Work email (optional)').fill(`${username}@agency.example`);
  await page.getByLabel('Role').selectOption('agent');
  await page.getByRole('button', { name: 'Add staff user' }).click();
  const notice = page.getByRole('region', { name: /Avery Quinn .* can now sign in/ });
  await expect(notice).toBeFocused();
  const temporaryPassword = (await page.getByTestId('temporary-password').textContent()) ?? '';
  expect(temporaryPassword.length).toBeGreaterThanOrEqual(15);
  await expect(users.getByRole('row').filter({ hasText: username })).toContainText('Not set up yet');
  await expectNoSeriousAxeViolations(page);
  await notice.getByRole('button', { name: /Done/ }).click();
  await expect(page.getByTestId('temporary-password')).toHaveCount(0);

  // The new user's first sign-in: no code yet → set up the app → a full session.
  const context = await browser.newContext();
  try {
    const newcomer = await context.newPage();
    await newcomer.goto('/console/sign-in');
    await newcomer.getByLabel('Username').fill(username);
    await newcomer.getByLabel('Password', { exact: true }).fill(temporaryPassword);
    await newcomer.getByText('I acknowledge the warning above', { exact: true }).click();
    await newcomer.getByRole('button', { name: 'Sign in' }).click();
    // A password of their own first: the administrator saw the temporary one (staff-password.spec.ts).
    await expect(newcomer.getByRole('heading', { level: 1, name: 'Choose your password' })).toBeVisible();
    await newcomer.getByLabel('Current password', { exact: true }).fill(temporaryPassword);
    await newcomer.getByLabel('New password', { exact: true }).fill('orchard lantern meadow 2051');
    await newcomer.getByRole('button', { name: 'Save my new password' }).click();
    await newcomer.getByRole('link', { name: 'Next: set up your authenticator app' }).click();
    await expect(
      newcomer.getByRole('heading', { level: 1, name: 'Set up your authenticator app' }),
    ).toBeVisible();
    await expect(newcomer).toHaveURL(/\/console\/set-up-authenticator$/);
    await newcomer.getByRole('button', { name: 'Show my QR code' }).click();
    await expect(
      newcomer.getByRole('img', { name: 'QR code for setting up the authenticator app' }),
    ).toBeVisible();
    const secret = ((await newcomer.locator('code.cos-secret').textContent()) ?? '').replace(/\s+/g, '');
    expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
    await expectSingleH1(newcomer);
    await expectNoSeriousAxeViolations(newcomer);
    await newcomer.getByLabel('Code from the app').fill(await freshStaffCode(username, secret));
    await newcomer.getByRole('button', { name: 'Finish setting up' }).click();
    await expect(newcomer.getByRole('heading', { level: 1, name: 'Find an account' })).toBeVisible();
    await expect(newcomer.getByRole('banner').getByText('Avery Quinn')).toBeVisible();
  } finally {
    await context.close();
  }

  // A reset emails the new temporary password to the staff member, never showing it to the admin,
  // and asks for the app to be set up again.
  await page.reload();
  await users.getByRole('row').filter({ hasText: username }).getByRole('button', { name: /Reset/ }).click();
  const confirm = page.getByRole('dialog', { name: 'Reset Avery Quinn?' });
  await confirm.getByRole('button', { name: 'Reset user' }).click();
  await expect(page.getByRole('status')).toContainText(
    'Avery Quinn has been reset. The temporary password was emailed to e•••@agency.example.',
  );
  await expect(page.getByTestId('temporary-password')).toHaveCount(0);
  await expect(users.getByRole('row').filter({ hasText: username })).toContainText('Not set up yet');

  // Disable.
  await users
    .getByRole('row')
    .filter({ hasText: username })
    .getByRole('button', { name: /Disable/ })
    .click();
  await page
    .getByRole('dialog', { name: 'Disable Avery Quinn?' })
    .getByRole('button', { name: 'Disable user' })
    .click();
  await expect(users.getByRole('row').filter({ hasText: username })).toContainText('Disabled');
});

test('after 13 idle minutes the console warns; at 15 it signs out and says why', async ({ page }) => {
  test.setTimeout(90_000);
  await page.clock.install();
  await signInStaffThroughApi(page, 'supervisor.demo');
  await page.goto('/console');
  await expect(page.getByRole('heading', { level: 1, name: 'Find an account' })).toBeVisible();

  await page.clock.fastForward('13:05');
  const warning = page.getByRole('alertdialog', { name: 'Are you still there?' });
  await expect(warning).toBeVisible();
  await expect(warning.getByRole('button', { name: 'Stay signed in' })).toBeFocused();
  await expectNoSeriousAxeViolations(page);
  await warning.getByRole('button', { name: 'Stay signed in' }).click();
  await expect(warning).toBeHidden();

  await page.clock.fastForward('15:05');
  await expect(page).toHaveURL(/\/console\/sign-in\?next=/);
  await expect(page.getByText('You were signed out because you were inactive for 15 minutes.')).toBeVisible();
});
