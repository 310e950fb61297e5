// The page does not move under the parent's thumb when the agency's notices arrive (issue 17,
// Lighthouse CLS): the outage banner sits above the sign-in form and the home page's content, and
// on a slow connection the notices answer after the page's own code. The notices' answer is held
// back here (a slow network, the one thing faked), and the layout shifts the browser records are
// added up as Lighthouse does; "good" is below 0.1. Before the page waited for the notices, this
// test measured 0.37 on the sign-in page and 0.22 on home (Lighthouse, mobile: 0.84 and 0.53).
import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures.ts';

const NOTICES_DELAY_MS = 400;

async function layoutShiftOf(page: Page, path: string) {
  await page.addInitScript(() => {
    const shifts: number[] = [];
    (globalThis as unknown as { shifts: number[] }).shifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
      })[])
        if (!entry.hadRecentInput) shifts.push(entry.value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.route('**/api/v1/notices', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, NOTICES_DELAY_MS));
    await route.continue();
  });
  await page.goto(path);
  // The seeded public notices show to every visitor. (Not the Direct Deposit outage itself: the
  // direct-deposit spec switches it off for a while, in parallel.)
  await expect(page.getByRole('region', { name: 'Notices' }).locator('.usa-alert').first()).toBeVisible();
  await page.waitForTimeout(500);
  return page.evaluate(() =>
    (globalThis as unknown as { shifts: number[] }).shifts.reduce((sum, value) => sum + value, 0),
  );
}

test('the sign-in form does not move when the notices arrive late', async ({ page }) => {
  const shift = await layoutShiftOf(page, '/sign-in');
  await expect(page.getByLabel('User ID')).toBeVisible();
  expect(shift).toBeLessThan(0.1);
});

test('the home page does not move when the notices arrive late', async ({ page }) => {
  const shift = await layoutShiftOf(page, '/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(shift).toBeLessThan(0.1);
});
