// Appointments in the browser: the form's errors (summary focused and announced), booking the
// earliest free time at a randomly chosen office, seeing it on My Case, cancelling it and seeing it
// gone. Only this file books, and always for demo.parent, so its tests run one after the other.
import type { Page } from '@playwright/test';
import {
  apiGet,
  expect,
  expectNoSeriousAxeViolations,
  expectSingleH1,
  signInThroughApi,
  test,
} from '../fixtures.ts';

test.describe.configure({ mode: 'serial' });

type Office = { id: string; name: string; onMyCase: boolean };

function isOffice(value: unknown): value is Office {
  return (
    typeof value === 'object' &&
    value !== null &&
    'id' in value &&
    typeof value.id === 'string' &&
    'name' in value &&
    typeof value.name === 'string' &&
    'onMyCase' in value &&
    typeof value.onMyCase === 'boolean'
  );
}

function officesOf(body: unknown): Office[] {
  return typeof body === 'object' && body !== null && 'items' in body && Array.isArray(body.items)
    ? body.items.filter(isOffice)
    : [];
}

async function openAppointments(page: Page) {
  await page.goto('/appointments');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Appointments');
}

test('the booking form says what is missing, with the summary focused', async ({ page }) => {
  await signInThroughApi(page, 'demo.parent');
  await openAppointments(page);
  await expectSingleH1(page);
  await expectNoSeriousAxeViolations(page);
  await page.getByRole('button', { name: 'Book appointment' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('Choose a day and time.');
  await expect(summary).toContainText('Say briefly what the appointment is about');
  await summary.getByRole('link', { name: 'Choose a day and time.' }).click();
  await expect(page.getByLabel('Day and time')).toBeFocused();
  await expectNoSeriousAxeViolations(page);
});

test('a parent books a time, sees it on My Case, cancels it and it is gone', async ({ page }) => {
  const token = await signInThroughApi(page, 'demo.parent');
  const others = officesOf(await apiGet(page, token, '/api/v1/appointments/offices')).filter(
    (office) => !office.onMyCase,
  );
  const office = others[Math.floor(Math.random() * others.length)];
  if (!office) throw new Error('no office');
  const purpose = `Review of my order ${Date.now()}`;

  await openAppointments(page);
  await page.getByLabel('Office', { exact: true }).selectOption(office.id);
  const slot = page.getByLabel('Day and time');
  await expect(slot.locator('option').nth(1)).toBeAttached();
  // The earliest free time: sooner than the demo's own booking, so My Case shows this one.
  const when = (await slot.locator('option').nth(1).textContent()) ?? '';
  await slot.selectOption({ index: 1 });
  await page.getByLabel('What would you like to discuss?').fill(purpose);
  await page.getByLabel('Case (optional)').selectOption('1000000001');
  await page.getByRole('button', { name: 'Book appointment' }).click();
  const booked = page.getByRole('status').filter({ hasText: `at ${office.name}` });
  await expect(booked).toBeFocused();
  await expect(booked).toContainText('Your appointment is booked for');
  const upcoming = page.getByRole('listitem').filter({ hasText: purpose });
  await expect(upcoming).toContainText(office.name);
  await expect(slot.locator('option', { hasText: when })).toHaveCount(0);
  await expectNoSeriousAxeViolations(page);

  await page.goto('/my-case/1000000001');
  const next = page.getByRole('region', { name: 'Next appointment' });
  await expect(next).toContainText(office.name);
  await expect(next).toContainText(purpose);
  await next.getByRole('link', { name: 'Book or cancel an appointment' }).click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Appointments');
  await page
    .getByRole('listitem')
    .filter({ hasText: purpose })
    .getByRole('button', { name: /Cancel appointment/ })
    .click();
  const dialog = page.getByRole('dialog', { name: 'Cancel this appointment?' });
  await expect(dialog).toContainText(office.name);
  await dialog.getByRole('button', { name: 'Yes, cancel it' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'is cancelled' })).toBeFocused();
  await expect(page.getByRole('listitem').filter({ hasText: purpose })).toHaveCount(0);

  await page.goto('/my-case/1000000001');
  await expect(page.getByRole('region', { name: 'Next appointment' })).not.toContainText(purpose);
});
