// Sign out everywhere (issue 3) ends EVERY session of demo.payer, the seed's one registered parent
// who pays support, so it would sign out the Make Payment and My Case tests running beside it. The
// config runs `*.last.spec.ts` files in a project that starts after all the others have finished.
import { expect, expectNoSeriousAxeViolations, signInThroughApi, test } from '../fixtures.ts';

test('sign out everywhere ends this session and every other one, after a confirmation', async ({
  page,
  playwright,
  baseURL,
}) => {
  const otherDevice = await playwright.request.newContext({ baseURL });
  expect(
    (
      await otherDevice.post('/api/v1/auth/sign-in', {
        data: { userId: 'demo.payer', password: 'sunny meadow lantern 42' },
      })
    ).status(),
  ).toBe(200);
  await signInThroughApi(page, 'demo.payer');
  await page.goto('/security');
  await expect(page.getByRole('table').getByRole('row').filter({ hasText: 'This session' })).toHaveCount(1);

  await page.getByRole('button', { name: 'Sign out everywhere' }).click();
  const dialog = page.getByRole('dialog', { name: 'Sign out everywhere?' });
  await expect(dialog.getByRole('button', { name: 'Yes, sign out everywhere' })).toBeFocused();
  await expectNoSeriousAxeViolations(page);
  await dialog.getByRole('button', { name: 'Yes, sign out everywhere' }).click();

  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.getByText('You have been signed out on all your devices.')).toBeVisible();
  expect((await otherDevice.post('/api/v1/auth/refresh')).status()).toBe(401);
  await otherDevice.dispose();
});
