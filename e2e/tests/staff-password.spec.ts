// Staff choose their own password: a colleague an admin has just added signs in with the temporary
// password, must choose a password of their own (a too-short one is explained in the focused error
// summary) before setting up the authenticator app, and from then on the new password signs in and
// the temporary one does not. The header's Change password page is there for a full session.
// The colleague is new to this test; the admin only creates them (no demo password changes).
import type { Page } from '@playwright/test';
import {
  expect,
  expectNoSeriousAxeViolations,
  expectSingleH1,
  freshStaffCode,
  signInStaffThroughApi,
  test,
} from '../fixtures.ts';

const chosenPassword = 'harbor violet compass 2047';

async function signInOnPage(page: Page, username: string, password: string, totp?: string) {
  await page.goto('/console/sign-in');
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password', { exact: true }).fill(password);
  if (totp) await page.getByLabel('Authenticator code').fill(totp);
  await page.getByText('I acknowledge the warning above', { exact: true }).click();
  await page.getByRole('button', { name: 'Sign in' }).click();
}

test('a new colleague chooses a password before the authenticator app; the temporary one then no longer signs in', async ({
  page,
  browser,
}) => {
  test.setTimeout(150_000);
  const admin = await signInStaffThroughApi(page, 'admin.demo');
  const username = `e2e.pw.${Date.now().toString(36)}`;
  const created = await page.request.post('/api/v1/admin/staff-users', {
    headers: { authorization: `Bearer ${admin}` },
    data: { username, displayName: 'Rowan Ellery', role: 'agent' },
  });
  expect(created.status(), await created.text()).toBe(201);
  const { temporaryPassword } = (await created.json()) as { temporaryPassword: string };

  const context = await browser.newContext();
  try {
    const newcomer = await context.newPage();
    await signInOnPage(newcomer, username, temporaryPassword);
    await expect(newcomer).toHaveURL(/\/console\/choose-password$/);
    await expect(newcomer.getByRole('heading', { level: 1, name: 'Choose your password' })).toBeVisible();
    // Not yet the authenticator set-up: it sends them back here.
    await newcomer.goto('/console/set-up-authenticator');
    await expect(newcomer).toHaveURL(/\/console\/choose-password$/);
    await expectSingleH1(newcomer);
    await expectNoSeriousAxeViolations(newcomer);

    // The rules show while typing; a too-short password is explained in the focused summary.
    await newcomer.getByLabel('Current password', { exact: true }).fill(temporaryPassword);
    await newcomer.getByLabel('New password', { exact: true }).fill('too short');
    await expect(newcomer.locator('.cos-rule-list li').first()).toHaveClass(/cos-rule--unmet/);
    await newcomer.getByRole('button', { name: 'Save my new password' }).click();
    const summary = newcomer.getByRole('alert');
    await expect(summary).toBeFocused();
    await expect(summary).toContainText('Use at least 15 characters');
    await expectNoSeriousAxeViolations(newcomer);

    await newcomer.getByLabel('New password', { exact: true }).fill(chosenPassword);
    await expect(newcomer.locator('.cos-rule-list li.cos-rule--unmet')).toHaveCount(0);
    await newcomer.getByRole('button', { name: 'Save my new password' }).click();
    const done = newcomer.getByRole('status').filter({ hasText: 'Your password was changed' });
    await expect(done).toBeFocused();
    await expectNoSeriousAxeViolations(newcomer);
    await done.getByRole('link', { name: 'Next: set up your authenticator app' }).click();

    await expect(
      newcomer.getByRole('heading', { level: 1, name: 'Set up your authenticator app' }),
    ).toBeVisible();
    await newcomer.getByRole('button', { name: 'Show my QR code' }).click();
    const secret = ((await newcomer.locator('code.cos-secret').textContent()) ?? '').replace(/\s+/g, '');
    await newcomer.getByLabel('Code from the app').fill(await freshStaffCode(username, secret));
    await newcomer.getByRole('button', { name: 'Finish setting up' }).click();
    await expect(newcomer.getByRole('heading', { level: 1, name: 'Find an account' })).toBeVisible();

    // The header's Change password page, for a full session.
    await newcomer.getByRole('banner').getByRole('link', { name: 'Change password' }).click();
    await expect(newcomer.getByRole('heading', { level: 1, name: 'Change your password' })).toBeVisible();
    await expect(newcomer.getByLabel('New password', { exact: true })).toBeVisible();
    await expectSingleH1(newcomer);
    await expectNoSeriousAxeViolations(newcomer);
    await newcomer.getByRole('banner').getByRole('button', { name: 'Sign out' }).click();
    await expect(newcomer).toHaveURL(/\/console\/sign-in$/);

    // The temporary password no longer signs in; the chosen one does.
    await signInOnPage(newcomer, username, temporaryPassword, await freshStaffCode(username, secret));
    await expect(newcomer.getByRole('alert')).toContainText('We could not sign you in.');
    await signInOnPage(newcomer, username, chosenPassword, await freshStaffCode(username, secret));
    await expect(newcomer.getByRole('heading', { level: 1, name: 'Find an account' })).toBeVisible();
    await expect(newcomer.getByRole('banner').getByText('Rowan Ellery')).toBeVisible();
  } finally {
    await context.close();
  }
});
