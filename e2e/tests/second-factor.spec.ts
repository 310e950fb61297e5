// A second factor the parent turns on, and what it changes (issue 16): on the Security page an
// authenticator app is set up from the secret shown (the code computed here, as the parent's app
// would), the 10 recovery codes are shown once; the next password sign-in asks for a code, and a
// recovery code works once. A parent with a factor who forgot the password recovers with the
// answers AND a recovery code (never the answers alone). In the console an agent sees the parent's
// factors and, once the caller is verified, removes a lost one with a reason.
//
// Each test uses a seeded registered parent no other spec signs in as (password and answers as
// demo.parent's): jerome.jenkins6, marcus.mcbride4 and quentin.mcbride2. Turning a factor on for
// demo.parent would break every spec that signs in as demo.parent in parallel.
import type { Page } from '@playwright/test';
import { createGuardrails, generateSync } from 'otplib';
import {
  demoPassword,
  expect,
  expectNoSeriousAxeViolations,
  expectSingleH1,
  signInStaffThroughApi,
  signInThroughApi,
  test,
} from '../fixtures.ts';

const PERIOD_SECONDS = 30;
// The API verifies one step either side; each step is accepted once per account (replay protection).
const totpAt = (secret: string, stepsAhead = 0) =>
  generateSync({
    secret,
    epoch: Math.floor(Date.now() / 1000) + stepsAhead * PERIOD_SECONDS,
    guardrails: createGuardrails({ MIN_SECRET_BYTES: 10 }),
  });

const summaryOf = (page: Page) => page.getByRole('alert').filter({ hasText: 'There is a problem' });

/** Turns the authenticator app on through the API (for tests that are not about the Security page). */
async function turnOnTotpThroughApi(
  page: Page,
  userId: string,
): Promise<{ secret: string; codes: string[] }> {
  const token = await signInThroughApi(page, userId);
  const headers = { authorization: `Bearer ${token}` };
  const started = await page.request.post('/api/v1/me/totp/start', {
    headers,
    data: { currentPassword: demoPassword },
  });
  expect(started.status(), await started.text()).toBe(200);
  const { secret } = (await started.json()) as { secret: string };
  const confirmed = await page.request.post('/api/v1/me/totp/confirm', {
    headers,
    data: { code: totpAt(secret) },
  });
  expect(confirmed.status(), await confirmed.text()).toBe(200);
  const { recoveryCodes } = (await confirmed.json()) as { recoveryCodes: string[] };
  expect(recoveryCodes).toHaveLength(10);
  // Signed out again: the test goes on as a visitor.
  await page.context().clearCookies();
  return { secret, codes: recoveryCodes };
}

/** Signs out from the header and waits for the sign-in page that follows, as a parent would. */
async function signOutFromHeader(page: Page) {
  await page.locator('header').getByRole('button', { name: 'Sign Out' }).click();
  // Going on before the sign-out has finished raced it (a reload during the sign-out request).
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.getByText('You have signed out.')).toBeVisible();
}

async function passwordStep(page: Page, userId: string) {
  await page.goto('/sign-in');
  // The field offers this site's passkeys too (conditional UI); typing the ID goes the password way.
  await expect(page.getByLabel('User ID')).toHaveAttribute('autocomplete', 'username webauthn');
  await page.getByLabel('User ID').fill(userId);
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByLabel('Password', { exact: true }).fill(demoPassword);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/sign-in\/code$/);
}

test('a parent turns on an authenticator app on the Security page, signs in with a code, and a recovery code works once', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const userId = 'jerome.jenkins6';
  await signInThroughApi(page, userId);
  await page.goto('/security');
  const section = page.getByRole('region', { name: 'Second step at sign-in' });
  await expect(section.getByText('The authenticator app is off.', { exact: true })).toBeVisible();
  await expectSingleH1(page);

  // Step-up first: without the password the summary says so and takes focus.
  await section.getByRole('button', { name: 'Turn on the authenticator app' }).click();
  await section.getByRole('button', { name: 'Continue' }).click();
  const summary = summaryOf(page);
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('Enter your current password');
  await section
    .getByLabel('To turn on the authenticator app, enter your current password')
    .fill(demoPassword);
  await section.getByRole('button', { name: 'Continue' }).click();

  // The QR code, and the secret as text for typing into the app; shown once.
  await expect(
    section.getByRole('heading', { name: 'Scan this QR code with your authenticator app' }),
  ).toBeFocused();
  await expect(
    section.getByRole('img', { name: 'QR code for setting up the authenticator app' }),
  ).toBeVisible();
  const secret = ((await section.locator('code').textContent()) ?? '').replace(/\s/g, '');
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);
  await expectNoSeriousAxeViolations(page);

  // A wrong code is refused on its field; the app's current code turns it on.
  await section.getByLabel('Code from the app').fill(totpAt(secret) === '000000' ? '111111' : '000000');
  await section.getByRole('button', { name: 'Turn it on' }).click();
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('That code is not right');
  await section.getByLabel('Code from the app').fill(totpAt(secret));
  await section.getByRole('button', { name: 'Turn it on' }).click();

  // The 10 recovery codes, once, with "I saved them".
  await expect(section.getByRole('heading', { name: 'Your recovery codes' })).toBeFocused();
  const shown = section.getByRole('list', { name: 'Your recovery codes' }).getByRole('listitem');
  await expect(shown).toHaveCount(10);
  const codes = await shown.allTextContents();
  for (const code of codes) expect(code).toMatch(/^[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}$/);
  await expectNoSeriousAxeViolations(page);
  await section.getByRole('button', { name: 'I saved them' }).click();
  await expect(section.getByRole('list', { name: 'Your recovery codes' })).toHaveCount(0);
  await expect(section.getByText('The authenticator app is on.', { exact: true })).toBeVisible();
  await expect(section.getByText('You have 10 recovery codes left.')).toBeVisible();

  // Signed out, the password alone no longer signs in: the code step follows.
  await signOutFromHeader(page);
  await passwordStep(page, userId);
  // The confirming code's step is spent: the app's next code (accepted one step early) signs in.
  await page.getByLabel('6-digit code from your authenticator app').fill(totpAt(secret, 1));
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('My Case');

  // A recovery code in place of the app: it works once.
  const recoveryCode = codes[0] ?? '';
  await signOutFromHeader(page);
  await passwordStep(page, userId);
  await page.getByText('One of my recovery codes').click();
  await page.getByRole('textbox', { name: 'Recovery code' }).fill(recoveryCode);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('My Case');
  await page.goto('/security');
  await expect(
    page.getByRole('region', { name: 'Second step at sign-in' }).getByText('You have 9 recovery codes left.'),
  ).toBeVisible();

  await signOutFromHeader(page);
  await passwordStep(page, userId);
  await page.getByText('One of my recovery codes').click();
  await page.getByRole('textbox', { name: 'Recovery code' }).fill(recoveryCode);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('That code is not right');
  await expect(page).toHaveURL(/\/sign-in\/code$/);
});

test('a parent with an authenticator app who forgot the password recovers with the answers and a recovery code', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const { codes } = await turnOnTotpThroughApi(page, 'marcus.mcbride4');

  await page.goto('/forgot');
  await page.getByLabel('First name').fill('Marcus');
  await page.getByLabel('Last name').fill('McBride');
  await page.getByLabel('Month').selectOption('09');
  await page.getByLabel('Day').fill('20');
  await page.getByLabel('Year').fill('1996');
  await page.getByLabel('Social Security number').fill('123460014');
  await page.getByRole('button', { name: 'Continue' }).click();

  // The questions, answered right: not enough for an account with a second factor.
  const fields = page.locator('input[id^="recovery-answer-"]');
  await expect(fields.first()).toBeVisible();
  const questions = await page.request.get('/api/v1/security-questions');
  const items = ((await questions.json()) as { items: { text: string }[] }).items;
  const answers = new Map(['blue', 'macon', 'biscuit'].map((answer, index) => [items[index]?.text, answer]));
  for (let index = 0; index < (await fields.count()); index += 1) {
    const field = fields.nth(index);
    const label = await page.locator(`label[for="${await field.getAttribute('id')}"]`).textContent();
    await field.fill(answers.get(label ?? '') ?? 'something else');
  }
  await page.locator('label.usa-radio__label').filter({ hasText: 'A new password' }).click();
  await page.getByRole('button', { name: 'Continue' }).click();

  // The proof step: each kind offered, and the passkey way out.
  await expect(page.getByRole('heading', { name: 'Confirm it is you with a code' })).toBeFocused();
  await expect(page.getByRole('link', { name: 'Sign in with your passkey instead' })).toBeVisible();
  await expect(page.getByRole('radio', { name: 'One of my recovery codes' })).toBeChecked();
  await expectSingleH1(page);
  await expectNoSeriousAxeViolations(page);

  // No code: the summary says so. A code that is not one of them: refused, announced.
  await page.getByRole('button', { name: 'Continue' }).click();
  const summary = summaryOf(page);
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('Enter the code');
  await page.getByRole('textbox', { name: 'Recovery code' }).fill('ABCDE-FGHJK');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('That code is not right, or it was already used.');

  // One of the recovery codes: the temporary password, shown once.
  await page.getByRole('textbox', { name: 'Recovery code' }).fill(codes[0] ?? '');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { level: 2, name: /Get back into your account/ })).toBeFocused();
  await expect(page.locator('#temporary-password + p')).toHaveText(/^([0-9A-Z]{4}-){6}[0-9A-Z]{4}$/);
  await expectSingleH1(page);
  await expectNoSeriousAxeViolations(page);
});

test("an agent sees a parent's factors (never a secret) and removes a lost one after verifying the caller", async ({
  page,
}) => {
  test.setTimeout(150_000);
  const { secret } = await turnOnTotpThroughApi(page, 'quentin.mcbride2');

  await signInStaffThroughApi(page, 'agent.demo');
  await page.goto('/console');
  await page.getByLabel(/User ID, case number, last name/).fill('quentin.mcbride2');
  await page
    .getByRole('group', { name: 'Why are you looking?' })
    .getByText(/Caller verified/)
    .click();
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await page
    .getByRole('table', { name: /Accounts that match/ })
    .getByRole('row')
    .filter({ hasText: 'quentin.mcbride2' })
    .getByRole('link')
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Quentin McBride' })).toBeVisible();

  const factors = page.getByRole('region', { name: 'Passkeys and second factor' });
  const table = factors.getByRole('table', { name: /passkeys and second factor/ });
  await expect(table.getByRole('row', { name: /Authenticator app/ })).toBeVisible();
  await expect(factors.getByText('10 recovery codes left.')).toBeVisible();
  await expect(factors).not.toContainText(secret);
  await expectSingleH1(page);
  await expectNoSeriousAxeViolations(page);

  // Not before the caller is verified.
  await table.getByRole('button', { name: 'Remove Authenticator app' }).click();
  const summary = summaryOf(page);
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('Verify the caller first');
  await factors.getByText(/The caller passed identity verification/).click();

  // The reason dialog (the one every account action uses): a reason is required.
  await table.getByRole('button', { name: 'Remove Authenticator app' }).click();
  const dialog = page.getByRole('dialog', { name: 'Remove Authenticator app?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Remove Authenticator app' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Say briefly why');
  await dialog.getByLabel('Reason').fill('Caller lost the phone with the app; verified by script');
  await dialog.getByRole('button', { name: 'Remove Authenticator app' }).click();
  await expect(dialog).toBeHidden();
  await expect(factors.getByRole('status')).toContainText(
    'Authenticator app was removed. The customer was emailed.',
  );
  await expect(
    factors.getByText('No passkey and no second factor: the customer signs in with a password only.'),
  ).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  // The parent's password alone signs in again.
  const signIn = await page.request.post('/api/v1/auth/sign-in', {
    data: { userId: 'quentin.mcbride2', password: demoPassword },
  });
  expect(signIn.status()).toBe(200);
  expect(await signIn.json()).toHaveProperty('accessToken');
});
