// The console's Applications queue in the browser: a visitor applies, an agent opens the
// application in the console and starts the review, and the visitor's status lookup says "In
// review"; closing needs a reason (the error summary says so), and the visitor then reads it.
// The new console pages have one h1 and no serious axe violation. The application is this test's
// own, so it runs alongside the other specs. The console user is supervisor.demo (the pages are
// agent-and-up): console.spec.ts signs agent.demo in through the sign-in page at the same moment,
// which has no retry, and one authenticator code step is accepted once per user.
import type { Page } from '@playwright/test';
import {
  expect,
  expectNoSeriousAxeViolations,
  expectSingleH1,
  signInStaffThroughApi,
  openConsoleNav,
  test,
} from '../fixtures.ts';

const dateOfBirth = '1991-11-05';

async function lookUp(page: Page, number: string) {
  await page.goto('/apply');
  const status = page.getByRole('region', { name: 'Check the status of an application' });
  await status.getByLabel('Confirmation number').fill(number);
  await status.getByLabel("Applicant's date of birth").fill(dateOfBirth);
  await status.getByRole('button', { name: 'Check status' }).click();
  await expect(status.getByRole('heading', { name: 'Application found' })).toBeVisible();
  return status;
}

test('an agent moves a visitor’s application to in review, then closes it with a reason; the visitor’s lookup follows', async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  // --- The visitor applies (through the API; the form itself is public-services.spec.ts's).
  const applied = await page.request.post('/api/v1/applications', {
    data: {
      applicant: {
        firstName: 'Robin',
        lastName: 'Ellis',
        dateOfBirth,
        address: { line1: '7 Magnolia Court', city: 'Savannah', state: 'GA', zip: '31401' },
        phone: '912-555-0177',
      },
      otherParent: { firstName: 'Casey', lastName: 'Ellis' },
      children: [{ firstName: 'Jamie', lastName: 'Ellis', dateOfBirth: '2017-04-09' }],
      existingOrder: { hasOrder: false },
    },
  });
  expect(applied.status(), await applied.text()).toBe(201);
  const number = String(((await applied.json()) as { confirmationNumber: string }).confirmationNumber);
  await expect(await lookUp(page, number)).toContainText('Received');

  // --- The staff member, in a browser context of their own: the queue, then the application.
  const staffContext = await browser.newContext();
  const staff = await staffContext.newPage();
  const token = await signInStaffThroughApi(staff, 'supervisor.demo');
  await staff.goto('/console/applications?status=received');
  await expect(staff.getByRole('heading', { level: 1, name: 'Applications' })).toBeVisible();
  await expect(
    (await openConsoleNav(staff, 'Requests')).getByRole('link', { name: 'Applications' }),
  ).toBeVisible();
  await expect(staff.getByLabel('Show')).toHaveValue('received');
  await expect(staff.getByRole('table', { name: 'Applications' })).toBeVisible();
  await expectSingleH1(staff);
  await expectNoSeriousAxeViolations(staff);

  // Other specs' applications may fill the first pages, so the id comes from the API's queue.
  let id: string | undefined;
  let cursor: string | null = null;
  do {
    const response = await staff.request.get(
      `/api/v1/staff/applications?status=received&limit=50${cursor ? `&cursor=${cursor}` : ''}`,
      { headers: { authorization: `Bearer ${token}` } },
    );
    expect(response.status()).toBe(200);
    const body = (await response.json()) as {
      items: { id: string; confirmationNumber: string }[];
      nextCursor: string | null;
    };
    id = body.items.find((item) => item.confirmationNumber === number)?.id;
    cursor = body.nextCursor;
  } while (!id && cursor);
  expect(id).toBeDefined();
  const link = staff.getByRole('link', { name: number });
  if (await link.isVisible()) await link.click();
  else await staff.goto(`/console/applications/${id ?? ''}`);

  await expect(staff.getByRole('heading', { level: 1 })).toHaveText(`Application ${number}`);
  const main = staff.getByRole('main');
  await expect(main).toContainText('Robin Ellis');
  await expect(main).toContainText('7 Magnolia Court');
  await expect(main).toContainText('Jamie Ellis');
  await expectSingleH1(staff);
  await expectNoSeriousAxeViolations(staff);
  await expect(staff.getByRole('button', { name: 'Accept the application' })).toHaveCount(0);

  await staff.getByRole('button', { name: 'Start the review' }).click();
  await expect(staff.getByRole('status').filter({ hasText: 'The status is now: In review.' })).toBeVisible();
  await expect(staff.getByRole('button', { name: 'Start the review' })).toHaveCount(0);
  await expect(staff.getByRole('button', { name: 'Accept the application' })).toBeVisible();

  // --- The visitor's lookup says so.
  await expect(await lookUp(page, number)).toContainText('In review');
  await expectNoSeriousAxeViolations(page);

  // --- Closing without a reason: the error summary takes focus and says why.
  await staff.getByRole('button', { name: 'Close the application' }).click();
  const summary = staff.getByRole('alert');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('Say why the application is closed.');
  await expectNoSeriousAxeViolations(staff);
  const reason = 'The other parent lives outside Georgia; we referred you to their state.';
  await staff.getByLabel('Reason for closing').fill(reason);
  await staff.getByRole('button', { name: 'Close the application' }).click();
  await expect(staff.getByRole('status').filter({ hasText: 'The status is now: Closed.' })).toBeVisible();
  await expect(main).toContainText(reason);
  await expect(staff.getByRole('button', { name: 'Close the application' })).toHaveCount(0);
  await staffContext.close();

  const closed = await lookUp(page, number);
  await expect(closed).toContainText('Closed');
  await expect(closed).toContainText(reason);
});
