// Registration step 2 (docs/product.md §3.2): credentials for the person the identity check verified.
// Slow work (argon2 for the password and three answers) happens before the transaction; the
// account, its answers, the first session and the audit event are written in one. Concurrent
// completions for one person race on the unique person_id: one wins, the others get a clean 409.
import { normaliseUserId, type RegistrationCompleteRequest } from '@cos/contracts';
import type { PrismaClient } from '@cos/db';
import { hashAnswer } from '@cos/security';
import { appendAudit } from '../../lib/audit.ts';
import { badRequest, DomainError, unauthenticated } from '../../lib/errors.ts';
import type { Passwords } from '../../identity/passwords.ts';
import { isUniqueViolation } from '../../lib/unique-violation.ts';
import { startSession, type IssuedSession, type SessionDeps } from '../../identity/sessions.ts';
import { credentialProblems } from './credentials.ts';

export interface CompleteDeps extends SessionDeps<PrismaClient> {
  passwords: Passwords;
}

const alreadyRegistered = () =>
  new DomainError(
    'CONFLICT',
    409,
    'This registration cannot be completed. If you already have an account, sign in or use "Forgot your User ID or Password?".',
  );

const userIdTaken = () =>
  new DomainError('CONFLICT', 409, 'That User ID is taken. Choose another.', {
    fields: [{ field: 'userId', message: 'That User ID is taken. Choose another.' }],
  });

export async function completeRegistration(
  deps: CompleteDeps,
  input: { personId: string } & Omit<RegistrationCompleteRequest, 'registrationToken'>,
): Promise<IssuedSession> {
  const { db, clock, policy, passwords } = deps;
  const person = await db.person.findUnique({
    where: { id: input.personId },
    select: { firstName: true, lastName: true, account: { select: { id: true } } },
  });
  if (!person) throw unauthenticated('Your identity check has expired. Start the registration again.');

  const questions = await db.securityQuestion.findMany({ where: { active: true }, select: { id: true } });
  const problems = credentialProblems(input, {
    names: [person.firstName, person.lastName],
    rules: passwords.rules,
    answerMinLength: policy.securityAnswers.minLength,
    activeQuestionIds: new Set(questions.map((q) => q.id)),
  });
  if (problems.length > 0) throw badRequest('Some of the information is missing or not valid.', problems);

  const userIdNormalized = normaliseUserId(input.userId);
  if (person.account) throw alreadyRegistered();
  if (await db.customerAccount.findUnique({ where: { userIdNormalized }, select: { id: true } }))
    throw userIdTaken();

  const [passwordHash, ...answerHashes] = await Promise.all([
    passwords.hash(input.password),
    ...input.securityAnswers.map(({ answer }) => hashAnswer(answer, policy)),
  ]);
  if (!passwordHash) throw new Error('argon2 returned no hash');

  try {
    return await db.$transaction(async (tx) => {
      const now = clock.now();
      const account = await tx.customerAccount.create({
        data: {
          personId: input.personId,
          userId: input.userId,
          userIdNormalized,
          passwordHash,
          email: input.email ?? null,
          passwordChangedAt: now,
          lastSignInAt: now,
          createdAt: now,
          securityAnswers: {
            create: input.securityAnswers.map(({ questionId }, index) => ({
              questionId,
              answerHash: answerHashes[index] ?? '',
              createdAt: now,
            })),
          },
        },
        select: { id: true },
      });
      await appendAudit(tx, deps, {
        action: 'registration_completed',
        accountId: account.id,
        subject: { type: 'customer_account', id: account.id },
      });
      return startSession({ ...deps, db: tx }, { accountId: account.id, restricted: false });
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    // Lost a race: to a concurrent registration of this person, or to someone taking the User ID.
    const winner = await db.customerAccount.findUnique({
      where: { personId: input.personId },
      select: { id: true },
    });
    throw winner ? alreadyRegistered() : userIdTaken();
  }
}
