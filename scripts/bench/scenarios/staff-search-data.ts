// What the staff-search benchmark needs from a generated data set, taken before the API starts
// (the API then opens the same embedded PostgreSQL): a staff agent to sign in as, and real people
// spread over the data set to search for, with the figures that describe its names. Works on a data
// set of any generator version: the people are read from the database, not re-derived.
import { join } from 'node:path';
import { createDb, startEmbeddedPostgres } from '@cos/db';
import { createFieldCipher, hashSecret, resolveSecrets } from '@cos/security';

/**
 * The benchmark's own agent, created (or reset) on the bench data set only — never by a migration,
 * the seed or the API, so no deployed database has it. Known credentials, like the generator's
 * shared customer password; the TOTP secret is base32 of 20 fixed bytes.
 */
export const BENCH_AGENT = {
  username: 'bench.agent',
  password: 'benchmark console lantern 2027',
  totpSecret: 'MFRGGZDFMZTWQ2LKNNWG23TPOBYXE4TT',
};

export type SamplePerson = {
  userId: string;
  caseNumber: string | null;
  firstName: string;
  lastName: string;
  ssnLast4: string;
  dateOfBirth: string;
  phone: string | null;
};

export type DataSetFacts = {
  people: number;
  distinctSurnames: number;
  topSurname: { name: string; people: number };
};

async function resetBenchAgent(url: string, dataDir: string): Promise<void> {
  // The keys the API will use on this data folder (NODE_ENV=test, as startApi runs it).
  const secrets = resolveSecrets({ nodeEnv: 'test', dataDir, provided: {} });
  const totpSecretCiphertext = new Uint8Array(
    createFieldCipher(secrets.fieldEncryptionKey).encrypt(BENCH_AGENT.totpSecret),
  );
  const db = createDb({ url, applicationName: 'cos-bench', poolMax: 2 });
  try {
    const fresh = {
      displayName: 'Benchmark Agent',
      role: 'agent' as const,
      status: 'active' as const,
      passwordHash: await hashSecret(BENCH_AGENT.password),
      totpSecretCiphertext,
      totpEnrolledAt: new Date(),
      // A rerun within the same 30-second step must be able to use its code again.
      lastTotpStep: null,
      mustChangePassword: false,
      failedSignInCount: 0,
      failedWindowStartedAt: null,
      lockedUntil: null,
    };
    await db.prisma.staffUser.upsert({
      where: { username: BENCH_AGENT.username },
      create: { username: BENCH_AGENT.username, ...fresh },
      update: fresh,
    });
  } finally {
    await db.close();
  }
}

async function readData(url: string, userIds: string[]) {
  const db = createDb({ url, applicationName: 'cos-bench', poolMax: 2, statementTimeoutMs: 600_000 });
  try {
    const { rows } = await db.pool.query<SamplePerson>(
      `SELECT a.user_id AS "userId", p.first_name AS "firstName", p.last_name AS "lastName",
              p.ssn_last4 AS "ssnLast4", p.date_of_birth::text AS "dateOfBirth", p.phone,
              (SELECT min(c.case_number) FROM case_participants cp JOIN cases c ON c.id = cp.case_id
                WHERE cp.person_id = p.id) AS "caseNumber"
         FROM customer_accounts a JOIN people p ON p.id = a.person_id
        WHERE a.user_id_normalized = ANY($1) ORDER BY a.user_id_normalized`,
      [userIds],
    );
    const facts = await db.pool.query<{ people: string; surnames: string; name: string; top: string }>(
      `SELECT (SELECT count(*) FROM people) AS people,
              (SELECT count(DISTINCT last_name) FROM people) AS surnames, top.name, top.n AS top
         FROM (SELECT last_name AS name, count(*) AS n FROM people GROUP BY last_name ORDER BY n DESC LIMIT 1) top`,
    );
    const row = facts.rows[0];
    const dataSet: DataSetFacts = {
      people: Number(row?.people),
      distinctSurnames: Number(row?.surnames),
      topSurname: { name: row?.name ?? '', people: Number(row?.top) },
    };
    return { people: rows, dataSet };
  } finally {
    await db.close();
  }
}

/** Resets the bench agent and reads `count` people spread evenly over user000001 … of `accounts`. */
export async function prepareStaffSearch(options: {
  root: string;
  dataDir: string;
  accounts: number;
  count: number;
}) {
  const dataDir = join(options.root, options.dataDir);
  const embedded = await startEmbeddedPostgres({ dataDir: join(dataDir, 'pg') });
  try {
    await resetBenchAgent(embedded.url, dataDir);
    const userIds = Array.from(
      { length: options.count },
      (_, i) => `user${String(1 + Math.floor((i * options.accounts) / options.count)).padStart(6, '0')}`,
    );
    const data = await readData(embedded.url, userIds);
    if (data.people.length < options.count)
      throw new Error(
        `found ${data.people.length} of ${options.count} sample people in ${options.dataDir}: is BENCH_ACCOUNTS (${options.accounts}) the data set's size?`,
      );
    return data;
  } finally {
    await embedded.stop();
  }
}
