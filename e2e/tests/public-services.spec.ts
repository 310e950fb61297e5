// The public service pages of issue 8 (part A) in the browser: Office Finder by county, ZIP and
// name with the count announced; Apply Now with its error summary, children rows, confirmation
// number and status lookup; Contact with its error summary and confirmation number, answered by an
// agent in the console and read back by the signed-in parent; the FAQ accordion. Each page: one
// h1 and no serious axe violation. Every record these tests make is new and their own, so they
// run alongside the other specs without touching shared state.
import type { Page } from '@playwright/test';
import {
  expect,
  expectNoSeriousAxeViolations,
  expectSingleH1,
  signInStaffThroughApi,
  signInThroughApi,
  openConsoleNav,
  test,
} from '../fixtures.ts';

async function submitEmpty(page: Page, button: string) {
  await page.getByRole('button', { name: button, exact: true }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await expect(summary).toBeFocused();
  return summary;
}

const results = (page: Page) => page.getByRole('region', { name: /^Offices for/ });

test.describe('Office Finder', () => {
  test('finds offices by county, ZIP and name, announces the count, links the search and passes axe', async ({
    page,
  }) => {
    await page.goto('/office-finder');
    await expectSingleH1(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Office Finder');
    await expect(page.getByRole('status').filter({ hasText: '28 offices found.' })).toBeVisible();
    await expectNoSeriousAxeViolations(page);

    const box = page.getByLabel('County, city, ZIP code or office name');
    await box.fill('Fulton');
    await box.press('Enter');
    await expect(page).toHaveURL(/\/office-finder\?q=Fulton$/);
    await expect(page.getByRole('status').filter({ hasText: '1 office found.' })).toBeVisible();
    const fulton = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { level: 3, name: 'Fulton County Child Support Office' }) });
    await expect(fulton).toContainText('150 Marietta Commons Street NW');
    await expect(fulton).toContainText('Monday–Friday 8:00 a.m.–5:00 p.m.');
    await expect(fulton.getByRole('link', { name: /^\(404\) 555-/ })).toHaveAttribute(
      'href',
      /^tel:\+1404555\d{4}$/,
    );
    await expect(fulton.getByRole('link', { name: /Map of Fulton County/ })).toHaveAttribute(
      'href',
      /^https:\/\/www\.openstreetmap\.org\/search\?query=150\+Marietta/,
    );
    await expectNoSeriousAxeViolations(page);

    await box.fill('31201');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await expect(results(page).getByRole('heading', { level: 3 })).toHaveText([
      'Bibb County Child Support Office',
    ]);

    // A link to a search opens it as it was.
    await page.goto('/office-finder?q=chatham%20county');
    await expect(page.getByLabel('County, city, ZIP code or office name')).toHaveValue('chatham county');
    await expect(results(page).getByRole('heading', { level: 3 })).toHaveText([
      'Chatham County Child Support Office',
    ]);

    await box.fill('Atlantis');
    await box.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: 'No offices found.' })).toBeVisible();
    await expect(page.getByText('Check the spelling')).toBeVisible();

    await box.fill('50%');
    const summary = await submitEmpty(page, 'Search');
    await expect(summary).toContainText('Enter up to 60 letters');
    await expectSingleH1(page);
  });
});

async function fillApplicant(page: Page) {
  const about = page.getByRole('group', { name: 'About you' });
  await about.getByLabel('First name').fill('Taylor');
  await about.getByLabel('Last name').fill('Brooks');
  await about.getByLabel('Date of birth').fill('1990-03-21');
  await about.getByLabel('Street address').fill('12 Peachtree Lane');
  await about.getByLabel('City').fill('Macon');
  await about.getByLabel('ZIP code').fill('31201');
  await about.getByLabel('Phone number').fill('478-555-0142');
}

test.describe('Apply Now', () => {
  test('a parent applies, gets a confirmation number, and checks its status with their date of birth', async ({
    page,
  }) => {
    // The whole application, its status check and four axe scans: more than the default 30 s on a
    // busy machine (the trace of a timed-out run showed every step passing, the last at 30 s).
    test.setTimeout(90_000);
    await page.goto('/apply');
    await expectSingleH1(page);
    await expectNoSeriousAxeViolations(page);

    // Submitted empty: the summary takes focus, lists each problem and leads to its box.
    const summary = await submitEmpty(page, 'Send application');
    await expect(summary).toContainText('Enter the first and last name.');
    await expect(summary).toContainText('Enter a 10-digit phone number');
    await expect(summary).toContainText('Say whether there is already a court order.');
    await expectNoSeriousAxeViolations(page);
    await summary.getByRole('link', { name: 'Enter the street address.' }).click();
    await expect(page.getByRole('group', { name: 'About you' }).getByLabel('Street address')).toBeFocused();

    await fillApplicant(page);
    await page
      .getByRole('group', { name: 'The other parent, if you know them' })
      .getByLabel('First name')
      .fill('Jordan');
    await page
      .getByRole('group', { name: 'The other parent, if you know them' })
      .getByLabel('Last name')
      .fill('Brooks');
    // Two children: add a row (focus moves into it), fill both, then a third added and removed.
    const first = page.getByRole('group', { name: 'Child 1' });
    await first.getByLabel('First name').fill('Avery');
    await first.getByLabel('Last name').fill('Brooks');
    await first.getByLabel('Date of birth').fill('2018-06-01');
    await page.getByRole('button', { name: 'Add another child' }).click();
    const second = page.getByRole('group', { name: 'Child 2' });
    await expect(second.getByLabel('First name')).toBeFocused();
    await second.getByLabel('First name').fill('Quinn');
    await second.getByLabel('Last name').fill('Brooks');
    await second.getByLabel('Date of birth').fill('2020-09-15');
    await page.getByRole('button', { name: 'Add another child' }).click();
    await page.getByRole('button', { name: 'Remove child 3' }).click();
    await expect(page.getByRole('group', { name: 'Child 3' })).toHaveCount(0);

    // An order: its court and number become required.
    // USWDS draws its own radio over the real one, so a person clicks the label.
    await page
      .getByRole('group', { name: 'Is there already a court order for child support?' })
      .getByText('Yes', { exact: true })
      .click();
    const orderSummary = await submitEmpty(page, 'Send application');
    await expect(orderSummary).toContainText('Enter the court or county that issued the order.');
    await page.getByLabel('Court or county that issued it').fill('Superior Court of Bibb County');
    await page.getByLabel('Order or civil action number').fill('2019-CV-4411');

    await page.getByRole('button', { name: 'Send application', exact: true }).click();
    const confirmation = page.getByRole('heading', { name: 'Your application has been sent' });
    await expect(confirmation).toBeFocused();
    const number = (await page.getByTestId('confirmation-number').textContent())?.trim() ?? '';
    expect(number).toMatch(/^APP-[0-9A-HJKMNP-TV-Z]{10}$/);
    await expect(page.getByRole('button', { name: 'Copy confirmation number' })).toBeVisible();
    await expectSingleH1(page);
    await expectNoSeriousAxeViolations(page);

    // Status: a wrong date of birth is told apart from nothing; the right one shows the status.
    const status = page.getByRole('region', { name: 'Check the status of an application' });
    const statusSummary = await submitEmpty(page, 'Check status');
    await expect(statusSummary).toContainText('Enter the confirmation number, like APP-7K3M9Q2X4B.');
    await expect(statusSummary).toContainText('Enter a real date of birth.');
    await status.getByLabel('Confirmation number').fill(number.toLowerCase());
    await status.getByLabel("Applicant's date of birth").fill('1990-03-22');
    await status.getByRole('button', { name: 'Check status' }).click();
    await expect(page.getByRole('alert')).toContainText(
      'We could not find an application with that confirmation number and date of birth.',
    );
    await status.getByLabel("Applicant's date of birth").fill('1990-03-21');
    await status.getByRole('button', { name: 'Check status' }).click();
    await expect(status.getByRole('heading', { name: 'Application found' })).toBeVisible();
    await expect(status).toContainText(number);
    await expect(status).toContainText('Received');
    await expectNoSeriousAxeViolations(page);
  });

  test('a signed-in parent sees the application they sent among theirs', async ({ page }) => {
    await signInThroughApi(page, 'demo.parent');
    await page.goto('/apply');
    await expect(page.getByRole('heading', { level: 2, name: 'Your applications' })).toBeVisible();
    await fillApplicant(page);
    const child = page.getByRole('group', { name: 'Child 1' });
    await child.getByLabel('First name').fill('Sam');
    await child.getByLabel('Last name').fill('Brooks');
    await child.getByLabel('Date of birth').fill('2019-02-02');
    await page.getByText('No, or I do not know', { exact: true }).click();
    await page.getByRole('button', { name: 'Send application', exact: true }).click();
    const number = (await page.getByTestId('confirmation-number').textContent())?.trim() ?? '';
    expect(number).toMatch(/^APP-/);
    await expect(page.getByRole('region', { name: 'Your applications' })).toContainText(number);
    await expectSingleH1(page);
    await expectNoSeriousAxeViolations(page);
  });
});

test.describe('Contact / Customer Service', () => {
  test('a signed-in parent sends a request, an agent answers it in the console, and the parent reads the answer', async ({
    page,
    browser,
  }) => {
    test.setTimeout(120_000);
    await signInThroughApi(page, 'demo.payer');
    await page.goto('/contact');
    await expectSingleH1(page);
    await expect(page.getByLabel('Your name')).toHaveValue('Riley Morgan');
    await expectNoSeriousAxeViolations(page);

    // Empty message and no topic: the summary says so and takes focus.
    const summary = await submitEmpty(page, 'Send request');
    await expect(summary).toContainText('Choose a topic.');
    await expect(summary).toContainText('Write your message');
    await expectNoSeriousAxeViolations(page);

    await page.getByLabel('Phone number').fill('404-555-0123');
    await page.getByLabel('Case number (optional)').fill('1000000002');
    await page.getByLabel('Topic').selectOption({ label: 'Payments and balance' });
    const question = `When is my next payment due? (${test.info().testId})`;
    await page.getByLabel('Your message').fill(question);
    await page.getByRole('button', { name: 'Send request', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Your request has been sent' })).toBeFocused();
    const number = (await page.getByTestId('confirmation-number').textContent())?.trim() ?? '';
    expect(number).toMatch(/^CR-[0-9A-HJKMNP-TV-Z]{10}$/);
    const mine = page.getByRole('region', { name: 'Your requests' });
    await expect(mine).toContainText(number);
    await expect(mine).toContainText('Waiting for an answer');

    // --- The agent, in a browser context of their own.
    const staffContext = await browser.newContext();
    const staff = await staffContext.newPage();
    await signInStaffThroughApi(staff, 'agent.demo');
    await staff.goto('/console/contact-requests');
    await expect(staff.getByRole('heading', { level: 1, name: 'Contact requests' })).toBeVisible();
    await expect(
      (await openConsoleNav(staff, 'Requests')).getByRole('link', { name: 'Contact requests' }),
    ).toBeVisible();
    await expectSingleH1(staff);
    await expectNoSeriousAxeViolations(staff);
    await staff.getByRole('link', { name: number }).click();
    await expect(staff.getByRole('heading', { level: 1 })).toHaveText(`Contact request ${number}`);
    await expect(staff.getByRole('main')).toContainText(question);
    await expectSingleH1(staff);
    await expectNoSeriousAxeViolations(staff);
    await staff.getByRole('button', { name: 'Send answer' }).click();
    await expect(staff.getByRole('alert')).toBeFocused();
    await expect(staff.getByRole('alert')).toContainText('Write the answer.');
    const answer = 'Your next payment is due on the 1st. Thank you for writing.';
    await staff.getByLabel('Your answer').fill(answer);
    await staff.getByRole('button', { name: 'Send answer' }).click();
    await expect(staff.getByText('The answer has been recorded.')).toBeVisible();
    await expect(staff.getByRole('region', { name: 'Answer' })).toContainText(answer);
    await expect(staff.getByRole('button', { name: 'Send answer' })).toHaveCount(0);
    await staffContext.close();

    // --- Back in the portal, the parent reads it.
    await page.goto('/contact');
    await expect(mine.getByRole('listitem').filter({ hasText: number })).toContainText(answer);
    await expect(mine.getByRole('listitem').filter({ hasText: number })).toContainText('Answered');
  });

  test('an anonymous visitor needs an email or phone, and gets a confirmation number', async ({ page }) => {
    await page.goto('/contact');
    await page.getByLabel('Your name').fill('Morgan Lee');
    await page.getByLabel('Topic').selectOption({ label: 'Applying for services' });
    await page.getByLabel('Your message').fill('How long does an application take?');
    const summary = await submitEmpty(page, 'Send request');
    await expect(summary).toContainText('Give an email address like name@example.com or a phone number');
    await summary.getByRole('link').first().click();
    await expect(page.getByLabel('Email address')).toBeFocused();
    await page.getByLabel('Email address').fill('morgan.lee@example.com');
    await page.getByRole('button', { name: 'Send request', exact: true }).click();
    await expect(page.getByTestId('confirmation-number')).toHaveText(/^CR-[0-9A-HJKMNP-TV-Z]{10}$/);
    await expect(page.getByRole('region', { name: 'Your requests' })).toHaveCount(0);
    await expectNoSeriousAxeViolations(page);
  });
});

test('the FAQ opens and closes its answers, with one h1, and passes axe', async ({ page }) => {
  await page.goto('/faq');
  await expectSingleH1(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('FAQ');
  const question = page.getByRole('button', { name: 'I forgot my User ID or password. What do I do?' });
  await expect(question).toHaveAttribute('aria-expanded', 'false');
  const answer = page.locator(`[id="${(await question.getAttribute('aria-controls')) ?? ''}"]`);
  await expect(answer).toBeHidden();
  await question.click();
  await expect(question).toHaveAttribute('aria-expanded', 'true');
  await expect(answer).toBeVisible();
  await expect(answer).toContainText('There is no need to wait 2 days');
  await expectNoSeriousAxeViolations(page);
  await answer.getByRole('link', { name: 'Forgot your User ID or Password?' }).click();
  await expect(page).toHaveURL(/\/forgot$/);

  // In Spanish too.
  await page.goto('/faq');
  await page.getByRole('button', { name: 'Español' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Preguntas frecuentes');
  await expect(page.getByRole('button', { name: '¿Dónde está mi oficina local?' })).toBeVisible();
  await expectNoSeriousAxeViolations(page);
});
