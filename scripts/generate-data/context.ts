// What every table generator needs: sizes, the clock, the shared hashes and the SSN cipher.
import type { SsnCipher } from '@cos/security';
import { idMaker } from './ids.ts';

/** Every synthetic account signs in with this password (≥ 15 characters, per the policy). */
export const SYNTHETIC_PASSWORD = 'benchmark meadow lantern 77';

export type GeneratorContext = {
  accounts: number;
  cases: number;
  now: Date;
  /** One argon2id hash shared by every synthetic account (hashing per row would take hours). */
  passwordHash: string;
  /** Hashes of the answers to questions 1–3, shared the same way. */
  answerHashes: readonly string[];
  ssnCipher: SsnCipher;
  /** Existing offices, so synthetic cases point at real rows; empty means office_id stays NULL. */
  offices: readonly { id: string; county: string }[];
};

export const ids = {
  person: idMaker(1),
  account: idMaker(2),
  answer: idMaker(3),
  supportCase: idMaker(4),
  participant: idMaker(5),
  child: idMaker(6),
  charge: idMaker(7),
  payment: idMaker(8),
};

/** About 0.6 cases per account: every person is on a case, some payers on two. */
export const caseCountFor = (accounts: number): number => Math.max(1, Math.floor(accounts * 0.6));

/** Custodial parent of case c is person c; payers are the remaining people, reused round-robin. */
export function participantsOf(caseIndex: number, context: Pick<GeneratorContext, 'accounts' | 'cases'>) {
  const payers = context.accounts - context.cases;
  return { custodial: caseIndex, nonCustodial: context.cases + (caseIndex % payers) };
}
