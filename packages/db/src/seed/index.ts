// The demo data set of docs/product.md §7, written in one transaction so a crash never leaves half of it.
// Development and test databases get it when empty; production never does (the API passes
// NODE_ENV, and both entry points refuse 'production' themselves as a second line of defence).
import type { FieldCipher, SsnCipher } from '@cos/security';
import type { Prisma, PrismaClient } from '../generated/prisma/client.ts';
import { hashDemoSecrets, planAccounts, STAFF, type DemoHashes } from './accounts.ts';
import { buildSchedule } from './appointments.ts';
import { planCases } from './cases.ts';
import { buildLedger } from './ledger.ts';
import { buildOffices } from './offices.ts';
import { createRandom } from './random.ts';
import { writeAccounts, writeSchedule, writeStaff } from './write-accounts.ts';
import { writeCases, writePeople } from './write-cases.ts';
import { writeReference } from './write-reference.ts';

export {
  DEMO_ANSWERS,
  DEMO_CUSTOMER_PASSWORD,
  DEMO_STAFF_PASSWORD,
  DEMO_PARENT_TOTP_SECRET,
  DEMO_TOTP_SECRET,
} from './accounts.ts';
export { DIRECT_DEPOSIT_FEATURE, DIRECT_DEPOSIT_OUTAGE_MESSAGE, SECURITY_QUESTIONS } from './content.ts';
export { FIXED_PEOPLE } from './people.ts';

/** The demo staff usernames, whose password is published in the README: refused in production. */
export const DEMO_STAFF_USERNAMES: ReadonlySet<string> = new Set(STAFF.map((staff) => staff.username));

export type SeedDeps = { ssnCipher: SsnCipher; fieldCipher: FieldCipher; nodeEnv: string; now?: Date };
export type SeedSummary = {
  people: number;
  cases: number;
  payments: number;
  accounts: number;
  offices: number;
};

const SEED = 20_260_214;
// Serialises concurrent start-ups (several API instances on one empty database): the second waits,
// then sees the first one's people and skips.
const SEED_LOCK_KEY = 7_265_650_101;
const TRANSACTION = { timeout: 120_000, maxWait: 30_000 };

function refuseProduction(nodeEnv: string): void {
  if (nodeEnv === 'production')
    throw new Error('Demo data is never seeded in production (NODE_ENV=production)');
}

/** Seeds unconditionally (fails on a database that already holds the demo people). */
export async function seedDemoData(prisma: PrismaClient, deps: SeedDeps): Promise<SeedSummary> {
  refuseProduction(deps.nodeEnv);
  const hashes = await hashDemoSecrets();
  return prisma.$transaction((tx) => seedInto(tx, deps, hashes), TRANSACTION);
}

export async function seedDemoDataIfEmpty(
  prisma: PrismaClient,
  deps: SeedDeps,
): Promise<'seeded' | 'skipped'> {
  refuseProduction(deps.nodeEnv);
  // Cheap check first, so an ordinary restart pays for no argon2 hashing.
  if ((await prisma.person.count()) > 0) return 'skipped';
  const hashes = await hashDemoSecrets();
  return prisma.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${SEED_LOCK_KEY}::bigint)`;
    if ((await tx.person.count()) > 0) return 'skipped';
    await seedInto(tx, deps, hashes);
    return 'seeded';
  }, TRANSACTION);
}

async function seedInto(
  tx: Prisma.TransactionClient,
  deps: SeedDeps,
  hashes: DemoHashes,
): Promise<SeedSummary> {
  const now = deps.now ?? new Date();
  const ciphers = { ssnCipher: deps.ssnCipher, fieldCipher: deps.fieldCipher };
  // Two streams: who exists never depends on today's date; what they paid does.
  const random = createRandom(SEED);
  const history = createRandom(SEED + 1);

  const offices = buildOffices(random.uuid);
  const officeOf = (county: string) => {
    const office = offices.find((o) => o.county === county);
    if (!office) throw new Error(`No office in ${county} County`);
    return office;
  };
  const { people, cases } = planCases(random, now);
  const accounts = planAccounts(random, cases, now);
  const ledgers = new Map(cases.map((plan) => [plan.id, buildLedger(history, plan, now)]));
  const demoParentLedger = cases[0] && ledgers.get(cases[0].id);
  if (!demoParentLedger) throw new Error('Case 1000000001 has no ledger');
  const schedule = buildSchedule(history, { offices, cases, accounts, officeOf, now });

  await writeReference(tx, offices, now);
  await writePeople(tx, people, ciphers);
  await writeCases(tx, history, { cases, ledgers, officeOf, now });
  await writeAccounts(tx, history, { accounts, hashes, ciphers, demoParentLedger, now });
  await writeSchedule(tx, schedule);
  await writeStaff(tx, { hashes, ciphers, officeId: officeOf('Fulton').id, now, random });

  const summary: SeedSummary = {
    people: people.length,
    cases: cases.length,
    payments: [...ledgers.values()].reduce((total, ledger) => total + ledger.payments.length, 0),
    accounts: accounts.length,
    offices: offices.length,
  };
  await tx.auditEvent.create({
    data: { occurredAt: now, action: 'demo_data_seeded', actorType: 'system', details: summary },
  });
  return summary;
}
