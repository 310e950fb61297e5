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
