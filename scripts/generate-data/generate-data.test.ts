import { randomBytes } from 'node:crypto';
import { seedDemoDataIfEmpty } from '@cos/db';
import { createTestDatabase, type TestDatabase } from '@cos/db/testing';
import {
  createFieldCipher,
  createSsnCipher,
  hashAnswer,
  hashSecret,
  verifyAnswer,
  verifySecret,
} from '@cos/security';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYNTHETIC_PASSWORD, caseCountFor, type GeneratorContext } from './context.ts';
import { loadSyntheticData } from './load.ts';
import { ExistingDataError } from './previous.ts';

const ssnCipher = createSsnCipher({ encryptionKey: randomBytes(32), hashKey: randomBytes(32) });
const quiet = () => {};
let database: TestDatabase;
let context: GeneratorContext;

beforeAll(async () => {
  database = await createTestDatabase();
  await seedDemoDataIfEmpty(database.db.prisma, {
    ssnCipher,
    fieldCipher: createFieldCipher(randomBytes(32)),
    nodeEnv: 'test',
  });
  const offices = await database.db.prisma.office.findMany({ select: { id: true, county: true } });
  context = {
    accounts: 60,
    cases: caseCountFor(60),
    now: new Date(),
    passwordHash: await hashSecret(SYNTHETIC_PASSWORD),
    answerHashes: await Promise.all(['blue', 'macon', 'biscuit'].map((answer) => hashAnswer(answer))),
    ssnCipher,
    offices,
  };
  await loadSyntheticData(database.url, context, { replace: false, log: quiet });
});
afterAll(() => database?.drop());

const count = async (sql: string): Promise<number> =>
  Number((await database.db.pool.query<{ n: string }>(sql)).rows[0]?.n);

describe('synthetic data generator', () => {
  it('writes N accounts, 0.6 N cases and 24 charges and payments per case beside the demo data', async () => {
    expect(await count(`SELECT count(*) AS n FROM customer_accounts WHERE user_id LIKE 'user%'`)).toBe(60);
    expect(
      await count(
        `SELECT count(*) AS n FROM security_answers a JOIN customer_accounts c ON c.id = a.account_id WHERE c.user_id LIKE 'user%'`,
      ),
    ).toBe(180);
    expect(await count(`SELECT count(*) AS n FROM cases WHERE case_number >= '2000000001'`)).toBe(36);
    expect(
      await count(
        `SELECT count(*) AS n FROM payments p JOIN cases c ON c.id = p.case_id WHERE c.case_number >= '2000000001'`,
      ),
    ).toBe(36 * 24);
    expect(
      await count(
        `SELECT count(*) AS n FROM charges p JOIN cases c ON c.id = p.case_id WHERE c.case_number >= '2000000001'`,
      ),
    ).toBe(36 * 24);
    expect(await count(`SELECT count(*) AS n FROM customer_accounts WHERE user_id = 'demo.parent'`)).toBe(1);
  });

  it('puts every person on a case, with two different parents per case', async () => {
    expect(
      await count(
        `SELECT count(*) AS n FROM people p WHERE p.email LIKE '%@synthetic.example' AND NOT EXISTS (SELECT 1 FROM case_participants cp WHERE cp.person_id = p.id)`,
      ),
    ).toBe(0);
    expect(
      await count(
        `SELECT count(*) AS n FROM (SELECT case_id FROM case_participants GROUP BY case_id HAVING count(DISTINCT person_id) <> 2 OR count(*) FILTER (WHERE role = 'custodial') <> 1) bad`,
      ),
    ).toBe(0);
  });

  it('puts every generated name in the staff search’s name dictionaries', async () => {
    // The triggers on people fill person_last_names / person_first_names during the COPY.
    expect(
      await count(
        `SELECT count(*) AS n FROM people p WHERE p.email LIKE '%@synthetic.example' AND (
           NOT EXISTS (SELECT 1 FROM person_last_names n WHERE n.name = p.last_name) OR
           NOT EXISTS (SELECT 1 FROM person_first_names n WHERE n.name = p.first_name))`,
      ),
    ).toBe(0);
    expect(
      await count(`SELECT count(DISTINCT last_name) AS n FROM people WHERE email LIKE '%@synthetic.example'`),
    ).toBeGreaterThan(30);
  });

  it('keeps balances equal to charges minus payments', async () => {
    const mismatches = await count(`
      SELECT count(*) AS n FROM cases c
      WHERE c.current_support_due_cents + c.arrears_cents + c.interest_cents <>
        (SELECT coalesce(sum(amount_cents), 0) FROM charges WHERE case_id = c.id) -
        (SELECT coalesce(sum(amount_cents), 0) FROM payments WHERE case_id = c.id AND status <> 'reversed')`);
    expect(mismatches).toBe(0);
    expect(
      await count(`SELECT count(*) AS n FROM cases WHERE arrears_cents < 0 OR current_support_due_cents < 0`),
    ).toBe(0);
  });

  it('makes accounts the API can sign in to and find by SSN', async () => {
    const account = await database.db.prisma.customerAccount.findUniqueOrThrow({
      where: { userIdNormalized: 'user000001' },
      include: { person: true, securityAnswers: true },
    });
    expect(await verifySecret(account.passwordHash, SYNTHETIC_PASSWORD)).toBe(true);
    expect(
      await verifyAnswer(account.securityAnswers.find((a) => a.questionId === 1)?.answerHash ?? '', 'Blue'),
    ).toBe(true);
    const ssn = ssnCipher.decrypt(account.person.ssnCiphertext);
    expect(account.person.ssnHash).toBe(ssnCipher.lookupHash(ssn));
    expect(account.person.ssnLast4).toBe(ssn.slice(-4));
  });

  it('refuses to load twice, and --replace swaps the set without touching the demo data', async () => {
    await expect(loadSyntheticData(database.url, context, { replace: false, log: quiet })).rejects.toThrow(
      ExistingDataError,
    );
    const before = await database.db.prisma.customerAccount.findUniqueOrThrow({
      where: { userIdNormalized: 'user000060' },
    });
    await loadSyntheticData(database.url, context, { replace: true, log: quiet });
    const after = await database.db.prisma.customerAccount.findUniqueOrThrow({
      where: { userIdNormalized: 'user000060' },
    });
    expect(after.id).toBe(before.id);
    expect(await count(`SELECT count(*) AS n FROM customer_accounts`)).toBe(60 + 12);
    expect(await count(`SELECT count(*) AS n FROM people`)).toBe(60 + 50);
  });
});
