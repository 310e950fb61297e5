// Office administration in the browser: an admin adds an office in a new city, a visitor's Office
// Finder finds it by that city; the admin corrects its phone, the finder shows the new number; the
// admin closes it with a reason and the finder no longer lists it. The empty form shows a focused
// error summary; each new console page has one h1 and no serious axe violation. Only this test's own
// office is edited or closed (other specs book at the seeded ones); the config runs this file after
// the others, since an extra open office would show in their listings. The close dialog says how many
// upcoming appointments closing would leave (none for the new office); for a seeded office with
// bookings it links to their day on the Appointments page (the dialog is left, nothing closed). The
// finder is opened by a new
// visitor (a fresh browser context) each time: answers may be kept 30 s by a browser that asked
// before (OFFICE_FINDER_MAX_AGE_SECONDS), the API itself keeps none.
import type { Browser } from '@playwright/test';
import {
  apiGet,
  expect,
  expectNoSeriousAxeViolations,
  expectSingleH1,
  signInStaffThroughApi,
  openConsoleNav,
  test,
} from '../fixtures.ts';

type AdminOffice = {
  id: string;
  name: string;
  active: boolean;
  upcomingAppointments: number;
  nextAppointmentAt: string | null;
};
/** The calendar day of an instant in Georgia, as the console's Appointments page takes it. */
const agencyDate = (iso: string) =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone: 'America/New_York',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(iso));

/** A new visitor's Office Finder, searched for `q`; the caller closes the context. */
async function visitorFinds(browser: Browser, q: string) {
  const context = await browser.newContext();
  const visitor = await context.newPage();
  await visitor.goto(`/office-finder?q=${encodeURIComponent(q)}`);
  await expect(visitor.getByRole('heading', { level: 1 })).toHaveText('Office Finder');
  await expect(visitor.getByRole('status').filter({ hasText: /found\./ })).toBeVisible();
  return { visitor, close: () => context.close() };
}

test('an admin adds an office the finder then finds, corrects its phone and closes it with a reason', async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const stamp = Date.now().toString(36);
  const name = `E2E Office ${stamp}`;
  const city = `Pinecrest ${stamp}`;

  const adminToken = await signInStaffThroughApi(page, 'admin.demo');
  await page.goto('/console/offices');
  await expect(page.getByRole('heading', { level: 1, name: 'Offices' })).toBeVisible();
  await expect(
    (await openConsoleNav(page, 'Administration')).getByRole('link', { name: 'Offices' }),
  ).toBeVisible();
  await expect(
    page
      .getByRole('table', { name: 'Offices' })
      .getByRole('row')
      .filter({ hasText: 'Fulton County Child Support Office' }),
  ).toContainText('Open');
  await expectSingleH1(page);
  await expectNoSeriousAxeViolations(page);

  // --- The empty form explains itself, the summary focused.
  await page.getByRole('link', { name: 'Add an office' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Add an office' })).toBeVisible();
  await expectSingleH1(page);
  await expectNoSeriousAxeViolations(page);
  await page.getByRole('button', { name: 'Add office' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('Enter the office name');
  await expect(summary).toContainText('Choose at least one service.');
  await summary.getByRole('link', { name: 'Choose a Georgia county.' }).click();
  await expect(page.getByLabel('County')).toBeFocused();
  await expectNoSeriousAxeViolations(page);

  // --- A new office in a new city.
  await page.getByLabel('Office name').fill(name);
  await page.getByLabel('County').selectOption('Telfair');
  await page.getByLabel('Street address').fill('18 Oak Street');
  await page.getByLabel('City').fill(city);
  await page.getByLabel('ZIP code').fill('31549');
  await page.getByLabel('Phone').fill('(912) 555-0171');
  await page.getByLabel('Opening hours').fill('Monday–Friday 9:00 a.m.–4:00 p.m.');
  // USWDS draws its own box: the label is what a person clicks.
  const services = page.getByRole('group', { name: 'Services' });
  await services.getByText('Establish paternity', { exact: true }).click();
  await expect(services.getByLabel('Establish paternity')).toBeChecked();
  await page.getByRole('button', { name: 'Add office' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Offices' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: `${name} is saved.` })).toBeVisible();
  await page.getByLabel('Filter by name or county').fill(stamp);
  const row = page.getByRole('table', { name: 'Offices' }).getByRole('row').filter({ hasText: name });
  await expect(row).toContainText('Telfair');
  await expect(row).toContainText('(912) 555-0171');
  await expect(row).toContainText('Open');

  let finder = await visitorFinds(browser, city);
  const card = finder.visitor
    .getByRole('listitem')
    .filter({ has: finder.visitor.getByRole('heading', { level: 3, name }) });
  await expect(card).toContainText('18 Oak Street');
  await expect(card.getByRole('link', { name: '(912) 555-0171' })).toHaveAttribute(
    'href',
    'tel:+19125550171',
  );
  await finder.close();

  // --- The phone corrected on the edit page.
  await row.getByRole('link', { name: `Edit ${name}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Edit ${name}` })).toBeVisible();
  await expect(page.getByLabel('Phone')).toHaveValue('9125550171');
  await expectSingleH1(page);
  await expectNoSeriousAxeViolations(page);
  await page.getByLabel('Phone').fill('912-555-0188');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('status').filter({ hasText: `${name} is saved.` })).toBeVisible();
  await page.getByLabel('Filter by name or county').fill(stamp);
  await expect(row).toContainText('(912) 555-0188');

  finder = await visitorFinds(browser, city);
  await expect(finder.visitor.getByRole('link', { name: '(912) 555-0188' })).toHaveAttribute(
    'href',
    'tel:+19125550188',
  );
  await finder.close();

  // --- Closed, with a reason: the dialog asks for one first.
  await row.getByRole('button', { name: `Close ${name}` }).click();
  const dialog = page.getByRole('dialog', { name: `Close ${name}?` });
  await expect(dialog.getByLabel('Reason')).toBeFocused();
  await expect(dialog.getByText('0 upcoming appointments are booked here.')).toBeVisible();
  await expect(dialog.getByRole('link', { name: 'See this office’s appointments' })).toHaveCount(0);
  await expectNoSeriousAxeViolations(page);
  await dialog.getByRole('button', { name: 'Close the office' }).click();
  await expect(dialog.getByRole('alert')).toBeVisible();
  await dialog.getByLabel('Reason').fill('Lease ended');
  await dialog.getByRole('button', { name: 'Close the office' }).click();
  await expect(page.getByRole('status').filter({ hasText: `${name} is closed.` })).toBeVisible();
  await expect(row).toContainText('Closed');
  await expect(row.getByRole('button', { name: `Reopen ${name}` })).toBeVisible();

  finder = await visitorFinds(browser, city);
  await expect(finder.visitor.getByRole('status').filter({ hasText: 'No offices found.' })).toBeVisible();
  await expect(finder.visitor.getByRole('heading', { level: 3, name })).toHaveCount(0);
  await finder.close();

  // --- A seeded office with parents booked: the dialog counts them and links to the first one's day.
  const offices = (await apiGet(page, adminToken, '/api/v1/admin/offices')) as { items: AdminOffice[] };
  const busy = offices.items.find(
    (office) => office.active && office.upcomingAppointments > 0 && office.nextAppointmentAt,
  );
  if (!busy?.nextAppointmentAt) throw new Error('the demo data has no office with upcoming appointments');
  await page.getByLabel('Filter by name or county').fill(busy.name);
  await page
    .getByRole('table', { name: 'Offices' })
    .getByRole('row')
    .filter({ hasText: busy.name })
    .getByRole('button', { name: `Close ${busy.name}` })
    .click();
  const busyDialog = page.getByRole('dialog', { name: `Close ${busy.name}?` });
  await expect(busyDialog.getByText(/^\d+ upcoming appointments? (is|are) booked here\.$/)).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await busyDialog.getByRole('link', { name: 'See this office’s appointments' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Appointments' })).toBeVisible();
  await expect(page.getByLabel('Office', { exact: true })).toHaveValue(busy.id);
  await expect(page).toHaveURL(new RegExp(`date=${agencyDate(busy.nextAppointmentAt)}`));
  await expect(page.getByRole('table', { name: 'Appointments of the day, by time' })).toBeVisible();
  // Nothing was closed: the dialog was only looked at.
  const after = (await apiGet(page, adminToken, `/api/v1/admin/offices/${busy.id}`)) as AdminOffice;
  expect(after.active).toBe(true);
});
