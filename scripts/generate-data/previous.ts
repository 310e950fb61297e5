// Finds and removes an earlier synthetic data set. Its rows are recognisable without a marker
// column: deterministic ids, case numbers from 2000000001, e-mails @synthetic.example.
import type pg from 'pg';
import { ids } from './context.ts';
import { SYNTHETIC_EMAIL_DOMAIN } from './people-tables.ts';

export class ExistingDataError extends Error {
  override name = 'ExistingDataError';
}

export async function hasSyntheticData(client: pg.ClientBase): Promise<boolean> {
  const { rows } = await client.query<{ found: boolean }>(
    `SELECT EXISTS (SELECT 1 FROM people WHERE id = $1) OR EXISTS (SELECT 1 FROM cases WHERE id = $2) AS found`,
    [ids.person(0), ids.supportCase(0)],
  );
  return rows[0]?.found === true;
}

/** Deletes every synthetic row in one transaction; demo data and anything else stay. */
export async function removeSyntheticData(client: pg.ClientBase): Promise<void> {
  const domain = `%@${SYNTHETIC_EMAIL_DOMAIN}`;
  await client.query('BEGIN');
  try {
    await client.query('SET LOCAL statement_timeout = 0');
    // Accounts first: sessions, requests and appointments cascade from them, and then nothing
    // stops the cases (charges, payments, participants cascade) or the people from going.
    await client.query('DELETE FROM customer_accounts WHERE email LIKE $1', [domain]);
    await client.query(`DELETE FROM cases WHERE case_number >= '2000000001'`);
    await client.query('DELETE FROM people WHERE email LIKE $1', [domain]);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  }
}
