// The portal's shell: every page reachable from the site map and the navigation loads with one h1,
// passes axe, and works on a 320 px phone.
import { expect, expectNoSeriousAxeViolations, expectSingleH1, signInThroughApi, test } from '../fixtures.ts';

test('the home page greets a parent and offers sign-in', async ({ page }) => {
  await page.goto('/');
  await expectSingleH1(page);
  await expect(page).toHaveTitle(/Customer Online Services/);
  await expect(page.getByRole('navigation', { name: 'Primary' })).toBeVisible();
  await expect(
    page
      .getByRole('main')
      .getByRole('link', { name: /sign in/i })
      .first(),
  ).toBeVisible();
  await expectNoSeriousAxeViolations(page);
});

test('the primary navigation follows the seed site and every item leads to a real page', async ({ page }) => {
  // Four of the six are for signed-in parents (signed out, they lead to the sign-in page).
  await signInThroughApi(page, 'demo.parent');
  await page.goto('/');
  const nav = page.getByRole('navigation', { name: 'Primary' });
  const expected = ['Our Services', 'Make Payment', 'Apply Now', 'Payments', 'Provide Info', 'My Case'];
  for (const label of expected) {
    await nav.getByRole('link', { name: label, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(label);
    await expectSingleH1(page);
  }
});

test('every page on the site map loads, has one h1 and passes axe', async ({ page }) => {
  test.setTimeout(180_000); // an axe pass per page, fifteen pages and growing
  await page.goto('/site-map');
  // Every page is a lazy route: wait for the page itself before reading its links.
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const links = page.getByRole('main').getByRole('link');
  const hrefs = [
    ...new Set(await links.evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href') ?? ''))),
  ].filter((href) => href.startsWith('/'));
  expect(hrefs.length).toBeGreaterThanOrEqual(12);
  for (const href of hrefs) {
    await page.goto(href);
    await expectSingleH1(page);
    await expectNoSeriousAxeViolations(page);
  }
});

test('signed in, every page on the site map opens for real (no redirect, no not-found), with one h1 and no axe violation', async ({
  page,
}) => {
  test.setTimeout(240_000); // an axe pass per page, some twenty-five pages
  // demo.payer pays support, so Make Payment shows its form rather than the explanation.
  await signInThroughApi(page, 'demo.payer');
  await page.goto('/site-map');
  // Every page is a lazy route: wait for the page itself before reading its links.
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const hrefs = [
    ...new Set(
      await page
        .getByRole('main')
        .getByRole('link')
        .evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href') ?? '')),
    ),
  ]
    // Sign-in, registration and recovery are for visitors who are signed out (the test above).
    .filter((href) => href.startsWith('/') && !['/sign-in', '/register', '/forgot'].includes(href));
  expect(hrefs).toEqual(
    expect.arrayContaining([
      '/make-payment',
      '/provide-info',
      '/documents',
      '/appointments',
      '/direct-deposit',
      '/notifications',
      '/office-finder',
      '/apply',
      '/contact',
      '/faq',
    ]),
  );
  for (const href of hrefs) {
    await page.goto(href);
    await expectSingleH1(page);
    expect(new URL(page.url()).pathname, 'stays on the page (no redirect to sign-in)').toBe(href);
    await expect(page.getByRole('heading', { level: 1 }), href).not.toHaveText(/not found/i);
    await expectNoSeriousAxeViolations(page);
  }
});

test('the skip link moves focus to the main content', async ({ page }) => {
  await page.goto('/services');
  // Every page is a lazy route: wait for the page itself before the first key press.
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main#main-content')).toBeFocused();
});

test('an unknown address shows a helpful not-found page', async ({ page }) => {
  await page.goto('/no/such/page');
  await expectSingleH1(page);
  await expect(page.getByRole('link', { name: /home/i }).first()).toBeVisible();
  await expectNoSeriousAxeViolations(page);
});

test.describe('on a 320 px phone', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test('nothing scrolls sideways and the menu opens from its button', async ({ page }) => {
    for (const path of ['/', '/services', '/privacy', '/sign-in']) {
      await page.goto(path);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
    await page.goto('/');
    const menu = page.getByRole('button', { name: /menu/i });
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await menu.click();
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    await page
      .getByRole('navigation', { name: 'Primary' })
      .getByRole('link', { name: 'Our Services' })
      .click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Our Services');
    await expectNoSeriousAxeViolations(page);
  });
});

test('a signed-in page asks a signed-out visitor to sign in first', async ({ page }) => {
  await page.goto('/my-case');
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fmy-case$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign In');
});

test('the sign-in page shows the legal warning and asks for the User ID first', async ({ page }) => {
  await page.goto('/sign-in');
  await expect(page.getByText(/restricted to authorized users ONLY/)).toBeVisible();
  await expect(page.getByLabel('User ID')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Forgot your User ID or Password?' })).toBeVisible();
  await expectNoSeriousAxeViolations(page);
});

test('the server sends the strict content security policy with the page', async ({ page }) => {
  const response = await page.goto('/');
  expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
});
