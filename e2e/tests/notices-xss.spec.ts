// A notice body is plain text (docs/product.md §4): markup a supervisor types — or an attacker slips into
// the notices table — is shown as the characters typed. No script runs (a dialog fails the test),
// no image loads, and the fixtures fail the test on any console error or CSP violation.
import { expect, expectNoSeriousAxeViolations, signInStaffThroughApi, test } from '../fixtures.ts';

const SCRIPT = '<script>alert(1)</script>';
const IMG = '<img src=x onerror=alert(1)>';

test('notice bodies with <script> and <img onerror> render as literal text, and links stay safe', async ({
  page,
  browser,
}) => {
  const dialogs: string[] = [];
  const staffContext = await browser.newContext();
  const staffPage = await staffContext.newPage();
  for (const watched of [page, staffPage])
    watched.on('dialog', (dialog) => void dialog.dismiss().then(() => dialogs.push(dialog.message())));
  const token = await signInStaffThroughApi(staffPage, 'admin.demo');
  const created = await staffPage.request.post('/api/v1/admin/notices', {
    headers: { authorization: `Bearer ${token}` },
    data: {
      title: `Test ${SCRIPT}`,
      body: `Before ${SCRIPT} middle ${IMG} after. Read /privacy or https://example.org/help. javascript:alert(1)`,
      severity: 'info',
      audience: 'public',
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  const id: string = (await created.json()).id;
  try {
    await page.goto('/notices');
    const notice = page.locator(`[data-notice-id="${id}"]`);
    await expect(notice).toContainText(`Before ${SCRIPT} middle ${IMG} after.`);
    await expect(notice.getByText(`Test ${SCRIPT}`)).toBeVisible();
    await expect(notice.locator('script, img')).toHaveCount(0);
    await expect(notice.getByRole('link', { name: '/privacy' })).toHaveAttribute('href', '/privacy');
    await expect(notice.getByRole('link', { name: 'https://example.org/help' })).toHaveAttribute(
      'href',
      'https://example.org/help',
    );
    await expect(notice.getByRole('link')).toHaveCount(2);
    await expectNoSeriousAxeViolations(page);

    // The console's preview draws it the same way.
    await staffPage.goto('/console/notices');
    await staffPage.getByLabel('Title').fill('Preview');
    await staffPage.getByLabel('Text').fill(`${SCRIPT} ${IMG}`);
    await expect(staffPage.getByTestId('notice-preview')).toContainText(`${SCRIPT} ${IMG}`);
    await expect(staffPage.getByTestId('notice-preview').locator('script, img')).toHaveCount(0);
    expect(dialogs, 'no script ran').toEqual([]);
  } finally {
    const retired = await staffPage.request.delete(`/api/v1/admin/notices/${id}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(retired.status()).toBe(200);
    await staffContext.close();
  }
});
