// Confirming the email address in the browser (issue 13 item 3): case mail goes only to a confirmed
// address, so a parent whose address is unconfirmed sees a banner on My Case pointing to the
// Notifications page, asks for a code there, reads it in the email (from the outbox table, as the
// relay would deliver it), gets a wrong code refused in the error summary and confirms with the
// right one. The parent is christopher.owens9, whose only other spec (recovery's security-question
// change) does not read his mail; the test leaves his address confirmed again, as seeded.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { expect, expectNoSeriousAxeViolations, expectSingleH1, signInThroughApi, test } from '../fixtures.ts';

const userId = 'christopher.owens9';
const dataDir = process.env.E2E_DATA_DIR ?? join(import.meta.dirname, '..', '..', '.data', 'e2e');

async function database<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const pgDir = join(dataDir, 'pg');
  const port = Number(readFileSync(join(pgDir, 'postmaster.pid'), 'utf8').split('\n')[3]);
  const password = readFileSync(join(pgDir, 'cos_superuser_password'), 'utf8').trim();
  const client = new pg.Client({ host: '127.0.0.1', port, user: 'postgres', password, database: 'cos' });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

test('a parent confirms the email address with a code from the email', async ({ page }) => {
  const address = await database(async (client) => {
    const result = await client.query<{ email: string }>(
      `UPDATE customer_accounts SET email_confirmed_at = NULL
        WHERE user_id_normalized = $1 RETURNING email`,
      [userId],
    );
    return result.rows[0]?.email ?? '';
  });
  expect(address).toContain('@');

  await signInThroughApi(page, userId);
  await page.goto('/my-case');
  const banner = page.getByTestId('unconfirmed-email-banner');
  await expect(banner).toContainText('not confirmed');
  await banner.getByRole('link', { name: 'Confirm your email address' }).click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Notification preferences');
  const section = page.getByRole('region', { name: 'Confirm your email address' });
  await expect(section).toBeVisible();
  await expectSingleH1(page);
  await expectNoSeriousAxeViolations(page);

  await section.getByRole('button', { name: 'Send me a code' }).click();
  await expect(section.getByRole('status')).toContainText('We sent a code to');
  const code = await database(async (client) => {
    const result = await client.query<{ body: string }>(
      `SELECT body FROM email_outbox WHERE to_address = $1 AND subject LIKE 'Confirm your email%'
        ORDER BY created_at DESC LIMIT 1`,
      [address],
    );
    return /\b(\d{6})\b/.exec(result.rows[0]?.body ?? '')?.[1] ?? '';
  });
  expect(code).toMatch(/^\d{6}$/);

  // A wrong code is refused in the error summary, which takes focus.
  const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, '0');
  await section.getByLabel('Code from the email').fill(wrong);
  await section.getByRole('button', { name: 'Confirm email address' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('That code is not right');
  await expectNoSeriousAxeViolations(page);

  await section.getByLabel('Code from the email').fill(code);
  await section.getByRole('button', { name: 'Confirm email address' }).click();
  await expect(section.getByRole('status')).toContainText('is confirmed');
  await expectNoSeriousAxeViolations(page);

  // Confirmed: the section and the banner are gone.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Notification preferences');
  await expect(page.getByRole('region', { name: 'Confirm your email address' })).toHaveCount(0);
  await page.goto('/my-case');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByTestId('unconfirmed-email-banner')).toHaveCount(0);
});
