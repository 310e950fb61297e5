// Customer accounts in the browser (issue 3): register → sign out → sign in in two steps →
// Security → sign out; the one generic sign-in failure; the password rules while typing; the idle
// warning (sign out everywhere is in sign-out-everywhere.last.spec.ts). Jordan Avery is the seed's one unregistered parent, so exactly one
// test registers him.
import { expect, expectNoSeriousAxeViolations, expectSingleH1, signInThroughApi, test } from '../fixtures.ts';

test('a parent registers, signs out, signs in again in two steps, sees the sign-in on Security and signs out', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto('/register');
  await expectSingleH1(page);
  await expect(page.getByRole('heading', { level: 2, name: /Confirm who you are/ })).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  // Step 1: the identity check, with the SSN masked until asked.
  await page.getByLabel('Case number').fill('1000000003');
  await page.getByLabel('First name').fill('Jordan');
  await page.getByLabel('Last name').fill('Avery');
  await page.getByLabel('Month').selectOption('04');
  await page.getByLabel('Day').fill('12');
  await page.getByLabel('Year').fill('1988');
  const ssn = page.getByLabel('Social Security number');
  await ssn.fill('123-45-6780');
  await expect(ssn).toHaveAttribute('type', 'password');
  await page.getByRole('button', { name: 'Show Social Security number' }).click();
  await expect(ssn).toHaveAttribute('type', 'text');
  await page.getByRole('button', { name: 'Continue' }).click();

  // Step 2: the sign-in details; focus moves to the new step's heading.
  const step2 = page.getByRole('heading', { level: 2, name: /Create your sign-in/ });
  await expect(step2).toBeFocused();
  await expect(page.getByText('Thank you, Jordan.')).toBeVisible();
  await expectSingleH1(page);
  await expectNoSeriousAxeViolations(page);
  await page.getByLabel('User ID').fill('jordan.avery');
  await page.getByLabel('Password', { exact: true }).fill('quiet harbor violin 77');
  await expect(page.getByText(/^(Strong|Very strong)$/)).toBeVisible();
  await page.getByLabel('Email address (optional)').fill('jordan.avery@example.com');
  for (const [index, answer] of ['river', 'savannah', 'pepper'].entries()) {
    await page.getByLabel(`Question ${index + 1}`).selectOption({ index: 1 });
    await page.getByLabel(`Answer ${index + 1}`).fill(answer);
  }
  await page.getByRole('button', { name: 'Create my account' }).click();

  // Registered and signed in.
  await expect(page).toHaveURL(/\/register\/done$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('You’re registered');
  const header = page.getByRole('navigation', { name: 'Primary' });
  await expect(header.getByRole('link', { name: /Jordan/ })).toBeVisible();
  await page.getByRole('link', { name: 'Continue to My Case' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('My Case');

  await header.getByRole('button', { name: 'Sign Out' }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.getByText('You have signed out.')).toBeVisible();
  await expect(header.getByRole('link', { name: 'Sign In' })).toBeVisible();

  // Sign in again: User ID, then password (with "Not you?" back to step 1).
  await page.getByLabel('User ID').fill('jordan.avery');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page).toHaveURL(/\/sign-in\/password$/);
  await expect(page.getByText('jordan.avery', { exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Not you?' })).toBeVisible();
  await expectSingleH1(page);
  await expectNoSeriousAxeViolations(page);
  await page.getByLabel('Password', { exact: true }).fill('quiet harbor violin 77');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('My Case');
  await expect(page.getByText(/You last signed in on \w+day, /)).toBeVisible();

  // A reload keeps the session (the refresh cookie); Security lists both sign-ins.
  await page.goto('/security');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Security');
  const rows = page.getByRole('table').getByRole('row');
  await expect(rows).toHaveCount(3); // header + registration's session + this one
  await expect(rows.filter({ hasText: 'This session' })).toHaveCount(1);
  await expect(rows.nth(1)).toContainText(/E[SD]T/);
  await expectSingleH1(page);
  await expectNoSeriousAxeViolations(page);

  await header.getByRole('button', { name: 'Sign Out' }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  // Signed out for real: the Security page now asks to sign in first, and comes back after.
  await page.goto('/security');
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fsecurity$/);
});

test('a wrong password gets the one generic answer, and the error summary takes focus', async ({ page }) => {
  await page.goto('/sign-in');
  await expectNoSeriousAxeViolations(page);
  await page.getByLabel('User ID').fill('nobody.here');
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByLabel('Password', { exact: true }).fill('not the right password at all');
  await page.getByRole('button', { name: 'Sign in' }).click();

  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('The User ID or password is not right, or the account is locked.');
  await expect(summary.getByRole('link', { name: 'you can get them back online' })).toHaveAttribute(
    'href',
    '/forgot',
  );
  await expect(summary.getByRole('link', { name: '1-877-423-4746' })).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  // Its entry leads to the password field.
  await summary.getByRole('link', { name: /not right/ }).click();
  await expect(page.getByLabel('Password', { exact: true })).toBeFocused();
});

test('an identity check that does not match gets the one generic answer, naming no field', async ({
  page,
}) => {
  await page.goto('/register');
  // Empty: each field says what it needs, and the summary takes focus.
  await page.getByRole('button', { name: 'Continue' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link')).toHaveCount(5);

  await page.getByLabel('Case number').fill('1000000002');
  await page.getByLabel('First name').fill('Pat');
  await page.getByLabel('Last name').fill('Nobody');
  await page.getByLabel('Month').selectOption('01');
  await page.getByLabel('Day').fill('2');
  await page.getByLabel('Year').fill('1980');
  await page.getByLabel('Social Security number').fill('123456789');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('We could not verify your information');
  await expect(summary.getByRole('link')).toHaveCount(1);
  await expect(page.getByRole('heading', { level: 2, name: /Confirm who you are/ })).toBeVisible();
  await expectNoSeriousAxeViolations(page);
});

test('the password rules explain a too-short or common password while typing', async ({ page }) => {
  await signInThroughApi(page, 'demo.parent');
  await page.goto('/change-password');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Change Password');
  await expectSingleH1(page);
  await expectNoSeriousAxeViolations(page);

  const password = page.getByLabel('New password', { exact: true });
  await password.fill('short words');
  await expect(page.getByRole('status').filter({ hasText: 'Use at least 15 characters.' })).toBeVisible();
  await password.fill('passwordpassword');
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: 'This password is on a list of passwords that are often used or leaked.' }),
  ).toBeVisible();
  await expect(page.getByText('Very weak')).toBeVisible();
  await password.fill('casey loves the dcss office');
  await expect(page.getByText('Do not use your name in your password.')).toBeVisible();
  await expect(page.getByText('Do not use “dcss” in your password.')).toBeVisible();
  await password.fill('quiet harbor violin 77 tram');
  await expect(page.getByRole('status').filter({ hasText: /Use at least|on a list|Do not use/ })).toHaveCount(
    0,
  );
  await expect(page.getByText(/^(Strong|Very strong)$/)).toBeVisible();
  await expectNoSeriousAxeViolations(page);
});

test('a parent who leaves pages before the silent sign-in check finishes stays signed in', async ({
  page,
}) => {
  test.setTimeout(120_000);
  // Each page load exchanges the refresh cookie for a new one. Leaving the page at once cancels
  // that request after the server rotated the cookie, so the next page presents the old one: a
  // retry, not theft (the policy's retry window) — the parent must not be signed out for it.
  await signInThroughApi(page, 'demo.parent');
  for (let round = 0; round < 10; round += 1) {
    await page.goto('/apply'); // a public page: nothing waits for the session before moving on
    await page.goto('/security');
    await expect(page.getByRole('heading', { level: 1 }), `round ${round}`).toHaveText('Security');
    expect(new URL(page.url()).pathname, `round ${round}: still signed in`).toBe('/security');
  }
});

test('the idle warning comes 2 minutes before the end, and "Stay signed in" keeps the session', async ({
  page,
}) => {
  await page.clock.install();
  await signInThroughApi(page, 'demo.parent');
  await page.goto('/security');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Security');

  await page.clock.fastForward('13:01');
  const dialog = page.getByRole('alertdialog', { name: 'Are you still there?' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText(/You will be signed out in 1:5\d/);
  await expect(dialog.getByRole('button', { name: 'Stay signed in' })).toBeFocused();
  await expectNoSeriousAxeViolations(page);

  await dialog.getByRole('button', { name: 'Stay signed in' }).click();
  await expect(dialog).toBeHidden();
  await page.clock.fastForward('10:00');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Security');
  await expect(page.getByRole('table').getByRole('row').filter({ hasText: 'This session' })).toHaveCount(1);
});

test('15 minutes without activity sign out, and the sign-in page says why', async ({ page }) => {
  await page.clock.install();
  await signInThroughApi(page, 'demo.parent');
  await page.goto('/security');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Security');

  await page.clock.fastForward('15:01');
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fsecurity$/);
  await expect(page.getByText('You were signed out because you were inactive for 15 minutes.')).toBeVisible();
  // The server ended the session too: the cookie no longer buys a token.
  expect((await page.request.post('/api/v1/auth/refresh')).status()).toBe(401);
});

test.describe('on a 320 px phone', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test('registration and Security fit without sideways scrolling', async ({ page }) => {
    await page.goto('/register');
    await expect(page.getByLabel('Case number')).toBeVisible();
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
    ).toBeLessThanOrEqual(0);
    await signInThroughApi(page, 'demo.parent');
    await page.goto('/security');
    await expect(page.getByRole('table')).toBeVisible();
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
    ).toBeLessThanOrEqual(0);
    await expectNoSeriousAxeViolations(page);
  });
});
