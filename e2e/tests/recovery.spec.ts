// Self-service recovery in the browser (issue 4): forgot password → the questions the server chose
// → temporary password (copied) → sign in with it → forced Change Password → "Next" → My Case →
// sign out → sign in with the new password. The destructive flow uses a seeded registered parent
// nobody else's tests sign in as (Felicia Hayes, felicia.hayes10: every seeded customer shares the
// demo answers); demo.parent only recovers the User ID, which changes nothing other tests rely on.
import type { Page } from '@playwright/test';
import {
  demoPassword,
  expect,
  expectNoSeriousAxeViolations,
  expectSingleH1,
  signInThroughApi,
  test,
} from '../fixtures.ts';

/** The demo answers (docs/product.md §7) belong to the first three questions of the agency's list. */
const DEMO_ANSWERS = ['blue', 'macon', 'biscuit'];

async function answersByQuestion(page: Page): Promise<Map<string, string>> {
  const response = await page.request.get('/api/v1/security-questions');
  const body: unknown = await response.json();
  const items =
    typeof body === 'object' && body !== null && 'items' in body && Array.isArray(body.items)
      ? body.items
      : [];
  const texts = items.map((item: unknown) =>
    typeof item === 'object' && item !== null && 'text' in item ? String(item.text) : '',
  );
  return new Map(DEMO_ANSWERS.map((answer, index) => [texts[index] ?? '', answer]));
}

async function tellWhoYouAre(
  page: Page,
  person: { first: string; last: string; month: string; day: string; year: string; ssn: string },
) {
  await page.getByLabel('First name').fill(person.first);
  await page.getByLabel('Last name').fill(person.last);
  await page.getByLabel('Month').selectOption(person.month);
  await page.getByLabel('Day').fill(person.day);
  await page.getByLabel('Year').fill(person.year);
  await page.getByLabel('Social Security number').fill(person.ssn);
  await page.getByRole('button', { name: 'Continue' }).click();
}

/** Picks what to recover the way a person does: on the tile's label (USWDS hides the input itself). */
async function choose(page: Page, label: 'My User ID' | 'A new password' | 'Both') {
  await page.locator('label.usa-radio__label').filter({ hasText: label }).click();
  await expect(page.getByRole('radio', { name: new RegExp(`^${label}`) })).toBeChecked();
}

/** Answers whatever the server asked, reading each question as a person would. */
async function answerAsked(page: Page, answers: Map<string, string>, sloppy = false): Promise<string[]> {
  const fields = page.locator('input[id^="recovery-answer-"]');
  await expect(fields.first()).toBeVisible();
  const count = await fields.count();
  expect(count).toBeGreaterThanOrEqual(2);
  const asked: string[] = [];
  for (let index = 0; index < count; index += 1) {
    const field = fields.nth(index);
    const label = (await page.locator(`label[for="${await field.getAttribute('id')}"]`).textContent()) ?? '';
    asked.push(label);
    const answer = answers.get(label) ?? 'something else';
    await field.fill(sloppy ? `  ${answer.toUpperCase()} ` : answer);
  }
  return asked;
}

test('a parent resets a forgotten password, signs in with the temporary one, changes it, and signs in with the new one', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const answers = await answersByQuestion(page);

  await page.goto('/forgot');
  await expectSingleH1(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Forgot your User ID or Password?');
  await expect(page.getByRole('heading', { level: 2, name: /Tell us who you are/ })).toBeVisible();
  await page.getByText('How it works').click();
  await expect(page.getByText('It works for one sign-in and expires after 24 hours.')).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  // Step 1, with the SSN masked until asked.
  const ssn = page.getByLabel('Social Security number');
  await ssn.fill('123-46-0038');
  await expect(ssn).toHaveAttribute('type', 'password');
  await page.getByRole('button', { name: 'Show Social Security number' }).click();
  await expect(ssn).toHaveAttribute('type', 'text');
  await tellWhoYouAre(page, {
    first: 'Felicia',
    last: 'Hayes',
    month: '04',
    day: '24',
    year: '1974',
    ssn: '123460038',
  });

  // Step 2: the server's questions; focus on the new step.
  await expect(page.getByRole('heading', { level: 2, name: /Answer your security questions/ })).toBeFocused();
  await expectSingleH1(page);
  // Nothing chosen yet: the summary says what is missing and takes focus.
  await page.getByRole('button', { name: 'Continue' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('Choose what you need');
  await expectNoSeriousAxeViolations(page);
  await answerAsked(page, answers, true);
  await choose(page, 'A new password');
  await page.getByRole('button', { name: 'Continue' }).click();

  // Step 3: the temporary password, once, with its expiry in Georgia time and a Copy button.
  await expect(page.getByRole('heading', { level: 2, name: /Get back into your account/ })).toBeFocused();
  const shown = page.locator('#temporary-password + p');
  await expect(shown).toHaveText(/^([0-9A-Z]{4}-){6}[0-9A-Z]{4}$/);
  const temporaryPassword = (await shown.textContent()) ?? '';
  await expect(page.getByText(/It works for one sign-in, until \w+day, .* E[SD]T\./)).toBeVisible();
  await page.getByRole('button', { name: 'Copy temporary password' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(temporaryPassword);
  await expectSingleH1(page);
  await expectNoSeriousAxeViolations(page);

  // Sign in with it (pasted, as copied).
  await page.getByRole('link', { name: 'Sign in now' }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await page.getByLabel('User ID').fill('felicia.hayes10');
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByLabel('Password', { exact: true }).fill(temporaryPassword);
  await page.getByRole('button', { name: 'Sign in' }).click();

  // The only way on is Change Password, and it says why.
  await expect(page).toHaveURL(/\/change-password$/);
  await expect(
    page.getByText('You signed in with a temporary password. Choose a new password to continue.'),
  ).toBeVisible();
  await page.goto('/my-case');
  await expect(page).toHaveURL(/\/change-password$/);
  await expectSingleH1(page);
  await expectNoSeriousAxeViolations(page);
  await page.getByLabel('Current password').fill(temporaryPassword);
  await page.getByLabel('New password', { exact: true }).fill('copper meadow violin 58');
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByRole('heading', { name: 'Your password has been changed' })).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await page.getByRole('link', { name: 'Next' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('My Case');

  // Sign out, and in again with the new password.
  const header = page.getByRole('navigation', { name: 'Primary' });
  await header.getByRole('button', { name: 'Sign Out' }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await page.getByLabel('User ID').fill('felicia.hayes10');
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByLabel('Password', { exact: true }).fill('copper meadow violin 58');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('My Case');

  // The temporary password was good for one sign-in only.
  const again = await page.request.post('/api/v1/auth/sign-in', {
    data: { userId: 'felicia.hayes10', password: temporaryPassword },
  });
  expect(again.status()).toBe(401);
});

test('demo.parent looks up the forgotten User ID; the password stays the same', async ({ page }) => {
  const answers = await answersByQuestion(page);
  await page.goto('/forgot');
  await tellWhoYouAre(page, {
    first: 'Casey',
    last: 'Morgan',
    month: '02',
    day: '14',
    year: '1986',
    ssn: '123-45-6781',
  });
  const asked = await answerAsked(page, answers);
  expect(asked.every((question) => answers.has(question))).toBe(true);
  await choose(page, 'My User ID');
  await page.getByRole('button', { name: 'Continue' }).click();

  await expect(page.locator('#recovered-user-id + p')).toHaveText('demo.parent');
  await expect(page.getByText('Your password has not changed.')).toBeVisible();
  await expect(page.getByText('Your temporary password')).toHaveCount(0);
  await expectSingleH1(page);
  await expectNoSeriousAxeViolations(page);
  const signIn = await page.request.post('/api/v1/auth/sign-in', {
    data: { userId: 'demo.parent', password: demoPassword },
  });
  expect(signIn.status()).toBe(200);
});

test('someone without an account gets plausible questions, the same each time, a generic failure, then the pause', async ({
  page,
}) => {
  const stranger = {
    first: 'Morgan',
    last: 'Nobody',
    month: '07',
    day: '04',
    year: '1976',
    ssn: '123-99-4321',
  };
  const firstTime: string[] = [];
  for (let round = 0; round < 2; round += 1) {
    await page.goto('/forgot');
    await tellWhoYouAre(page, stranger);
    const asked = await answerAsked(page, new Map());
    if (round === 0) firstTime.push(...asked);
    else expect(asked).toEqual(firstTime);
  }
  await choose(page, 'Both');
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  for (let attempt = 0; attempt < 2; attempt += 1) {
    await answerAsked(page, new Map());
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(summary).toBeFocused();
    await expect(summary).toContainText('We could not verify your answers. Check them and try again.');
  }
  await expectNoSeriousAxeViolations(page);

  // The third failed set pauses recovery, exactly as for a real account.
  await answerAsked(page, new Map());
  await page.getByRole('button', { name: 'Continue' }).click();
  const paused = page.getByRole('alert').filter({ hasText: 'Online recovery is paused' });
  await expect(paused).toBeFocused();
  await expect(paused.getByRole('link', { name: '1-877-423-4746' })).toBeVisible();
  await expectNoSeriousAxeViolations(page);
});

test('a parent changes the security questions on the Security page, with the current password', async ({
  page,
}) => {
  await signInThroughApi(page, 'christopher.owens9');
  await page.goto('/security');
  await page.getByRole('link', { name: 'Change your security questions' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Security questions');
  const onFile = page.getByRole('region', { name: 'Your questions now' }).getByRole('listitem');
  await expect(onFile).toHaveCount(3);
  await expectSingleH1(page);
  await expectNoSeriousAxeViolations(page);

  // A wrong password is refused on its field.
  await page.getByLabel('Current password').fill('not my password at all');
  for (const [index, answer] of ['harbor light', 'savannah river', 'pepper jack'].entries()) {
    await page.getByLabel(`Question ${index + 1}`).selectOption({ index: index + 4 });
    await page.getByLabel(`Answer ${index + 1}`).fill(answer);
  }
  await page.getByRole('button', { name: 'Save my security questions' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('Your current password is not correct.');

  await page.getByLabel('Current password').fill(demoPassword);
  await page.getByRole('button', { name: 'Save my security questions' }).click();
  await expect(
    page.getByRole('heading', { name: 'Your security questions have been changed' }),
  ).toBeVisible();
  await expect(onFile).toHaveCount(3);
  await expectNoSeriousAxeViolations(page);
});
