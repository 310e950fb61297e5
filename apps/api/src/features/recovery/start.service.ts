// Recovery step 1 (docs/product.md §3.4): full name, SSN and date of birth → the questions to answer and a
// recovery token bound to them. The answer looks the same whether or not the identity belongs to a
// registered, active account: same status, same shape, same database work; an identity without
// one gets decoy questions derived from its keyed hash, so asking again shows the same ones.
import type { RecoveryStartRequest, RecoveryStartResponse, SecurityQuestion } from '@cos/contracts';
import type { PrismaClient } from '@cos/db';
import { normaliseSsn, type KeyedHasher, type SecurityPolicy, type SsnCipher } from '@cos/security';
import { appendAudit } from '../../lib/audit.ts';
import type { Clock } from '../../lib/clock.ts';
import type { RequestContext } from '../../lib/request-context.ts';
import { normaliseName } from '../registration/identity.ts';
import { questionsForAccount, questionsForDecoy } from './question-choice.ts';
import { admitStart } from './recovery-attempts.ts';
import { findIdentity, type FoundIdentity } from './recovery-lookups.ts';
import { recoveryBlocked } from './recovery-errors.ts';
import type { RecoveryTokens } from './recovery-token.ts';

export interface StartDeps {
  db: PrismaClient;
  clock: Clock;
  policy: SecurityPolicy;
  keyedHash: KeyedHasher;
  ssnCipher: SsnCipher;
  context: RequestContext;
  recoveryTokens: RecoveryTokens;
}

type Match =
  { ok: true; accountId: string; own: SecurityQuestion[] } | { ok: false; reason: string; personId?: string };

export async function startRecovery(
  deps: StartDeps,
  input: RecoveryStartRequest,
): Promise<RecoveryStartResponse> {
  const { db, policy, keyedHash, ssnCipher } = deps;
  const ssnDigits = input.ssn.replace(/\D/g, '');
  const identityKey = [
    normaliseName(input.firstName),
    normaliseName(input.lastName),
    input.dateOfBirth,
    ssnDigits,
  ].join('|');

  if (!(await admitStart(deps, keyedHash('recovery ssn', ssnDigits)))) {
    await appendAudit(db, deps, {
      action: 'recovery_blocked',
      outcome: 'denied',
      details: { reason: 'too_many_starts' },
    });
    throw recoveryBlocked();
  }

  const valid = normaliseSsn(ssnDigits);
  const [person, active] = await Promise.all([
    // An invalid SSN matches nobody, but still costs the same lookup.
    findIdentity(db, valid ? ssnCipher.lookupHash(valid) : keyedHash('recovery invalid ssn', ssnDigits)),
    db.securityQuestion.findMany({
      where: { active: true },
      orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }],
      select: { id: true, text: true },
    }),
  ]);

  const asked = policy.recovery.answersAskedPerAttempt;
  const match = matchAccount(person, input, asked);
  const seed = keyedHash('recovery questions', identityKey);
  const questions = match.ok
    ? questionsForAccount(seed, match.own, asked)
    : questionsForDecoy(seed, active, policy.securityAnswers.count, asked);
  const subjectKey = match.ok
    ? keyedHash('recovery account', match.accountId)
    : keyedHash('recovery decoy', identityKey);

  await appendAudit(
    db,
    deps,
    match.ok
      ? { action: 'recovery_start', accountId: match.accountId, details: { questions: questions.length } }
      : {
          action: 'recovery_start',
          outcome: 'failure',
          ...(match.personId ? { subject: { type: 'person', id: match.personId } } : {}),
          details: { reason: match.reason },
        },
  );
  const recoveryToken = deps.recoveryTokens.issue({
    accountId: match.ok ? match.accountId : null,
    subjectKey,
    questionIds: questions.map((question) => question.id),
  });
  return { recoveryToken, questions: questions.map(({ id, text }) => ({ id, text })) };
}

/** The registered, active account of this identity with enough answers, or why there is none. */
function matchAccount(person: FoundIdentity | null, input: RecoveryStartRequest, asked: number): Match {
  if (!person) return { ok: false, reason: 'ssn_not_found' };
  const personId = person.id;
  if (
    normaliseName(person.firstName) !== normaliseName(input.firstName) ||
    normaliseName(person.lastName) !== normaliseName(input.lastName)
  ) {
    return { ok: false, reason: 'name_mismatch', personId };
  }
  if (person.dateOfBirth.toISOString().slice(0, 10) !== input.dateOfBirth)
    return { ok: false, reason: 'date_of_birth_mismatch', personId };
  if (!person.account) return { ok: false, reason: 'not_registered', personId };
  if (person.account.status !== 'active') return { ok: false, reason: 'account_disabled', personId };
  const own = person.account.questions;
  if (own.length < asked) return { ok: false, reason: 'too_few_answers', personId };
  return { ok: true, accountId: person.account.id, own };
}
