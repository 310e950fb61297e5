// Online accounts of the demo data set: the two fixed customer accounts, a handful of generated
// ones in the states the contact center must recognise (locked, recovery locked, disabled, never
// signed in), and the three personal staff accounts. Every customer shares one password hash and
// one set of answer hashes: argon2 is slow by design and the values are identical anyway.
import { hashAnswer, hashSecret } from '@cos/security';
import type { CasePlan } from './cases.ts';
import type { SeedPerson } from './people.ts';
import type { Random } from './random.ts';

export const DEMO_CUSTOMER_PASSWORD = 'sunny meadow lantern 42';
export const DEMO_STAFF_PASSWORD = 'console demo password 2026';
/** Answers to security questions 1–3 of the list. */
export const DEMO_ANSWERS = ['blue', 'macon', 'biscuit'] as const;
export const DEMO_TOTP_SECRET = 'JBSWY3DPEHPK3PXP';
/** The authenticator-app secret of demo.totp, the demo parent with a second factor (README). */
export const DEMO_PARENT_TOTP_SECRET = 'KRSXG5CTMVRXEZLU';

export type DemoHashes = { customerPassword: string; staffPassword: string; answers: string[] };

export async function hashDemoSecrets(): Promise<DemoHashes> {
  const [customerPassword, staffPassword, ...answers] = await Promise.all([
    hashSecret(DEMO_CUSTOMER_PASSWORD),
    hashSecret(DEMO_STAFF_PASSWORD),
    ...DEMO_ANSWERS.map((answer) => hashAnswer(answer)),
  ]);
  if (!customerPassword || !staffPassword) throw new Error('argon2 returned no hash');
  return { customerPassword, staffPassword, answers };
}

export type SeedAccount = {
  id: string;
  person: SeedPerson;
  userId: string;
  email: string | null;
  status: 'active' | 'disabled';
  failedSignInCount: number;
  failedWindowStartedAt: Date | null;
  lockedUntil: Date | null;
  recoveryLockedUntil: Date | null;
  lastSignInAt: Date | null;
  createdAt: Date;
  /** Signs in with an authenticator app after the password (second factor). */
  totp?: boolean;
};

const MINUTE = 60_000;
const DAY = 1_440 * MINUTE;

export function planAccounts(random: Random, cases: CasePlan[], now: Date): SeedAccount[] {
  const base = (person: SeedPerson, userId: string): SeedAccount => ({
    id: random.uuid(),
    person,
    userId,
    email: person.email,
    status: 'active',
    failedSignInCount: 0,
    failedWindowStartedAt: null,
    lockedUntil: null,
    recoveryLockedUntil: null,
    lastSignInAt: new Date(now.getTime() - random.int(1, 30) * DAY),
    createdAt: new Date(now.getTime() - random.int(200, 900) * DAY),
  });
  const [first, second] = cases;
  if (!first || !second) throw new Error('The demo data needs cases 1 and 2');
  const accounts = [base(first.custodial, 'demo.parent'), base(first.nonCustodial, 'demo.payer')];

  // Ten generated parents registered too; the first four show the states staff must recognise.
  const fixedIds = new Set(accounts.map((a) => a.person.id));
  const candidates = new Map(
    cases
      .slice(3)
      .flatMap((c) => [c.custodial, c.nonCustodial])
      .map((p) => [p.id, p]),
  );
  const registered = [...candidates.values()]
    .filter((p) => !fixedIds.has(p.id))
    .filter((_, i) => i % 4 === 0)
    .slice(0, 10);
  registered.forEach((person, index) => {
    const account = base(person, `${person.firstName}.${person.lastName}${index + 1}`.toLowerCase());
    if (index === 0) {
      Object.assign(account, {
        failedSignInCount: 11,
        failedWindowStartedAt: new Date(now.getTime() - 6 * MINUTE),
        lockedUntil: new Date(now.getTime() + 12 * MINUTE),
      });
    }
    if (index === 1) account.recoveryLockedUntil = new Date(now.getTime() + 20 * 60 * MINUTE);
    if (index === 2) account.status = 'disabled';
    if (index === 3) account.lastSignInAt = null;
    // A parent with a second factor: password, then a code from an authenticator app.
    if (index === 4) Object.assign(account, { userId: 'demo.totp', totp: true });
    accounts.push(account);
  });
  return accounts;
}

export const STAFF = [
  { username: 'agent.demo', displayName: 'Dana Whitfield', role: 'agent', email: 'agent.demo@example.org' },
  {
    username: 'supervisor.demo',
    displayName: 'Chris Okafor',
    role: 'supervisor',
    email: 'supervisor.demo@example.org',
  },
  { username: 'admin.demo', displayName: 'Pat Lindqvist', role: 'admin', email: 'admin.demo@example.org' },
] as const;
