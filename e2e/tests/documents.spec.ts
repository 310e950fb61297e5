// Documents in the browser: a parent uploads a PNG (the error summary takes focus for a missing
// file, a file over 10 MB and a "PDF" that is really text), sees it waiting for review; an agent
// accepts it in the console's queue and the parent then reads "Accepted". Axe and one h1 on both
// pages. File names carry a per-run suffix, so tests running alongside never see each other's.
import { randomUUID } from 'node:crypto';
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

/** A 1×1 PNG, made here rather than read from disk. */
const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

const summaryOf = (page: Page) => page.getByRole('alert').filter({ hasText: 'There is a problem' });

test('a parent uploads a document after the form explains what is wrong, and sees it waiting for review', async ({
  page,
}) => {
  await signInThroughApi(page, 'demo.parent');
  await page.goto('/documents');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Documents');
  await expectSingleH1(page);
  await expectNoSeriousAxeViolations(page);

  const upload = page.getByRole('button', { name: 'Upload document' });
  await upload.click();
  const summary = summaryOf(page);
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('Choose a PDF, JPEG or PNG file to upload.');
  await expect(summary).toContainText('Say briefly what the document is.');
  await expectNoSeriousAxeViolations(page);

  // Over 10 MB: stopped in the browser, nothing is sent.
  let uploads = 0;
  page.on('request', (request) => {
    if (request.method() === 'POST' && request.url().endsWith('/api/v1/documents')) uploads += 1;
  });
  const file = page.getByLabel('File', { exact: true });
  await file.setInputFiles({
    name: 'big-scan.png',
    mimeType: 'image/png',
    buffer: Buffer.alloc(11 * 1024 * 1024, 1),
  });
  await page.getByLabel('What is this document?').fill('Scan of my order');
  await upload.click();
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('The file is larger than 10 MB.');
  expect(uploads).toBe(0);

  // Named .pdf but plain text: the API reads the content and says so.
  await file.setInputFiles({
    name: 'statement.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('This is only text.\n'),
  });
  await upload.click();
  await expect(summary).toContainText('This file is not a PDF, JPEG or PNG, whatever its name says.');
  await expect(summary).toBeFocused();
  expect(uploads).toBe(1);

  const name = `pay-stub-${randomUUID().slice(0, 8)}.png`;
  await file.setInputFiles({ name, mimeType: 'image/png', buffer: png });
  await page.getByLabel('Case (optional)').selectOption('1000000001');
  await upload.click();
  const done = page.getByRole('status').filter({ hasText: `We received “${name}”` });
  await expect(done).toBeFocused();
  await expect(summary).toHaveCount(0);
  const row = page.getByRole('row').filter({ hasText: name });
  await expect(row).toContainText('Waiting for review');
  await expect(row).toContainText('1000000001');
  await expect(row).toContainText('Scan of my order');
  await expectNoSeriousAxeViolations(page);

  const download = page.waitForEvent('download');
  await row.getByRole('button', { name: new RegExp(name) }).click();
  expect((await download).suggestedFilename()).toBe(name);
});

test('an agent accepts a document in the console, and the parent sees it accepted', async ({
  page,
  browser,
}) => {
  const token = await signInThroughApi(page, 'demo.payer');
  const name = `court-order-${randomUUID().slice(0, 8)}.png`;
  const sent = await page.request.post('/api/v1/documents', {
    headers: { authorization: `Bearer ${token}` },
    multipart: { description: 'Court order, page 1', file: { name, mimeType: 'image/png', buffer: png } },
  });
  expect(sent.status(), await sent.text()).toBe(201);

  const staffContext = await browser.newContext();
  try {
    const desk = await staffContext.newPage();
    await signInStaffThroughApi(desk, 'agent.demo');
    await desk.goto('/console');
    await (await openConsoleNav(desk, 'Requests')).getByRole('link', { name: 'Documents' }).click();
    await expect(desk.getByRole('heading', { level: 1 })).toHaveText('Documents');
    await expectSingleH1(desk);
    const row = desk.getByRole('row').filter({ hasText: name });
    await expect(row).toContainText('Waiting for review');
    await expect(row).toContainText('Riley Morgan');
    await expectNoSeriousAxeViolations(desk);

    await row.getByRole('button', { name: `Accept ${name}` }).click();
    const dialog = desk.getByRole('dialog', { name: 'Accept this document?' });
    await expect(dialog).toBeVisible();
    await dialog.getByLabel('Reason (optional)').fill('Thank you, this is what we needed.');
    await dialog.getByRole('button', { name: 'Accept' }).click();
    await expect(
      desk.getByRole('status').filter({ hasText: `Accepted “${name}” from Riley Morgan.` }),
    ).toBeFocused();
    await expect(row).toContainText('Accepted');
    await expect(row.getByRole('button', { name: `Accept ${name}` })).toHaveCount(0);
  } finally {
    await staffContext.close();
  }

  await page.goto('/documents');
  const mine = page.getByRole('row').filter({ hasText: name });
  await expect(mine).toContainText('Accepted');
  await expect(mine).toContainText('Thank you, this is what we needed.');
});
