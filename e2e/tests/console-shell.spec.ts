// The console's shell: its own address, the legal warning, a sign-in form that explains mistakes.
import { expect, expectNoSeriousAxeViolations, expectSingleH1, test } from '../fixtures.ts';

test('the console opens at /console on its sign-in page', async ({ page }) => {
  await page.goto('/console');
  await expect(page).toHaveURL(/\/console\/sign-in$/);
  await expectSingleH1(page);
  await expect(page.getByText(/restricted to authorized users ONLY/)).toBeVisible();
  await expect(page.getByLabel(/username/i)).toBeVisible();
  await expectNoSeriousAxeViolations(page);
});

test('an empty console sign-in shows an error summary that takes focus', async ({ page }) => {
  await page.goto('/console/sign-in');
  await page.getByRole('button', { name: /sign in/i }).click();
  const summary = page.getByRole('alert');
  await expect(summary).toBeVisible();
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link').first()).toBeVisible();
  await expectNoSeriousAxeViolations(page);
});

test('a refused console sign-in gives one message, whatever was wrong', async ({ page }) => {
  await page.goto('/console/sign-in');
  await page.getByLabel('Username').fill('nobody.here');
  await page.getByLabel('Password', { exact: true }).fill('not a real password at all');
  await page.getByLabel('Authenticator code').fill('123 456');
  await page.getByText('I acknowledge the warning above', { exact: true }).click();
  await page.getByRole('button', { name: 'Sign in' }).click();
  const summary = page.getByRole('alert');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText(
    'We could not sign you in. Check your username, password and authenticator code',
  );
  // The code is single-use: the box is emptied for the next one.
  await expect(page.getByLabel('Authenticator code')).toHaveValue('');
  await expectNoSeriousAxeViolations(page);
});

test('the sign-in form asks for the acknowledgement before anything is sent', async ({ page }) => {
  let sent = false;
  page.on('request', (request) => {
    if (request.url().endsWith('/api/v1/staff/auth/sign-in')) sent = true;
  });
  await page.goto('/console/sign-in');
  await page.getByLabel('Username').fill('agent.demo');
  await page.getByLabel('Password', { exact: true }).fill('console demo password 2026');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toContainText('Confirm that you have read the warning');
  expect(sent).toBe(false);
});
