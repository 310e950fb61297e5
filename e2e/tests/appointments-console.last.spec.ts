// Console Appointments in the browser: demo.parent books a time in the portal, an agent finds it in
// the console under that office and day and cancels it with a reason (the dialog refuses an empty
// one), and the parent's portal shows it cancelled with the reason. The booking is at the parent's
// own case office — appointments.spec.ts books only at the other offices — and at its last free
// time, away from the earliest time that spec takes. Both specs book for demo.parent, who already
// holds a seeded booking and may hold two, so the config runs this file after the others (run it
// alone with --no-deps).
import {
  expect,
  expectNoSeriousAxeViolations,
  expectSingleH1,
  apiGet,
  signInStaffThroughApi,
  signInThroughApi,
  openConsoleNav,
  test,
} from '../fixtures.ts';

type Office = { id: string; name: string; onMyCase: boolean };
type Booking = { purpose: string; startsAt: string };

const itemsOf = <T>(body: unknown): T[] =>
  typeof body === 'object' && body !== null && 'items' in body && Array.isArray(body.items)
    ? (body.items as T[])
    : [];
/** The calendar day of an instant in Georgia, as the console's date box takes it. */
const agencyDate = (iso: string) =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone: 'America/New_York',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(iso));

test('a parent books, an agent cancels it in the console with a reason, the parent reads why', async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const purpose = `Bring my pay stubs ${Date.now().toString(36)}`;
  const reason = 'The office is closed for staff training that day.';

  // --- The agent signs in first, so the booking is held only as long as the cancel takes.
  const staffContext = await browser.newContext();
  try {
    const desk = await staffContext.newPage();
    await signInStaffThroughApi(desk, 'agent.demo');

    // --- The parent books the case office's last free time in the portal.
    const token = await signInThroughApi(page, 'demo.parent');
    const office = itemsOf<Office>(await apiGet(page, token, '/api/v1/appointments/offices')).find(
      (candidate) => candidate.onMyCase,
    );
    if (!office) throw new Error('demo.parent has no case office');
    await page.goto('/appointments');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Appointments');
    await page.getByLabel('Office', { exact: true }).selectOption(office.id);
    const slot = page.getByLabel('Day and time');
    await expect(slot.locator('option').nth(1)).toBeAttached();
    await slot.selectOption({ index: (await slot.locator('option').count()) - 1 });
    await page.getByLabel('What would you like to discuss?').fill(purpose);
    await page.getByLabel('Case (optional)').selectOption('1000000001');
    await page.getByRole('button', { name: 'Book appointment' }).click();
    await expect(page.getByRole('status').filter({ hasText: `at ${office.name}` })).toBeFocused();
    const booking = itemsOf<Booking>(await apiGet(page, token, '/api/v1/appointments')).find(
      (item) => item.purpose === purpose,
    );
    if (!booking) throw new Error('the booking is not in the parent’s list');

    // --- The agent opens Appointments from the navigation, picks the office and the day.
    await desk.goto('/console');
    await (await openConsoleNav(desk, 'Requests')).getByRole('link', { name: 'Appointments' }).click();
    await expect(desk.getByRole('heading', { level: 1 })).toHaveText('Appointments');
    await desk.getByLabel('Office', { exact: true }).selectOption(office.id);
    await desk.getByLabel('Day', { exact: true }).fill(agencyDate(booking.startsAt));
    const table = desk.getByRole('table', { name: 'Appointments of the day, by time' });
    const row = table.getByRole('row').filter({ hasText: purpose });
    await expect(row).toContainText('Casey M.');
    await expect(row).toContainText('1000000001');
    await expect(row).toContainText('Booked');
    await expect(table).not.toContainText('Morgan');
    await expectSingleH1(desk);
    await expectNoSeriousAxeViolations(desk);

    // --- Cancel: the dialog asks why and refuses an empty reason, with the summary focused.
    await row.getByRole('button', { name: /^Cancel the appointment at .+ for Casey M\.$/ }).click();
    const dialog = desk.getByRole('dialog', { name: 'Cancel this appointment?' });
    await expect(dialog).toContainText('Casey M.');
    await dialog.getByRole('button', { name: 'Cancel the appointment' }).click();
    const summary = dialog.getByRole('alert').filter({ hasText: 'There is a problem' });
    await expect(summary).toBeFocused();
    await expect(summary).toContainText('Say briefly why');
    await expectNoSeriousAxeViolations(desk);
    await dialog.getByLabel('Reason').fill(reason);
    await dialog.getByRole('button', { name: 'Cancel the appointment' }).click();
    await expect(
      desk.getByRole('status').filter({ hasText: 'is cancelled. The parent has been told.' }),
    ).toContainText('Casey M.');
    await expect(dialog).toBeHidden();
    await expect(row).toContainText('Cancelled');
    await expect(row).toContainText(`Why: ${reason}`);
    await expect(row.getByRole('button')).toHaveCount(0);
    await expectNoSeriousAxeViolations(desk);
  } finally {
    await staffContext.close();
  }

  // --- The parent's Appointments page says it was cancelled, and why; it can no longer be cancelled.
  await page.reload();
  const mine = page.getByRole('listitem').filter({ hasText: purpose });
  await expect(mine).toContainText('Cancelled by the office');
  await expect(mine).toContainText(`Why: ${reason}`);
  await expect(mine.getByRole('button', { name: /Cancel appointment/ })).toHaveCount(0);
  await expectSingleH1(page);
  await expectNoSeriousAxeViolations(page);
});
