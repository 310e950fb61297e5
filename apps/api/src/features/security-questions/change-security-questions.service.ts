// Changing the security questions (docs/product.md §3.6, Security page): the current password first (it
// goes through the sign-in lockout, as in Change Password, so a stolen session cannot guess it),
// then three questions with answers under the registration rules. The old answers are replaced in
// one transaction; the change is audited (never the answers) and the account notified, since new
// answers are a way into the account.
import type { ChangeSecurityQuestionsRequest, SecurityQuestion } from '@cos/contracts';
import type { Prisma, PrismaClient } from '@cos/db';
import { hashAnswer } from '@cos/security';
import { emailAccount } from '../../email/account-email.ts';
import { emailTemplates } from '../../email/templates.ts';
import { appendAudit } from '../../lib/audit.ts';
import { badRequest } from '../../lib/errors.ts';
import type { Passwords } from '../../identity/passwords.ts';
import { clearFailures, reserveSignInAttempt } from '../../identity/lockout.ts';
import type { SessionDeps } from '../../identity/sessions.ts';
import { answerProblems } from '../registration/credentials.ts';

export interface ChangeSecurityQuestionsDeps extends SessionDeps<PrismaClient> {
  passwords: Passwords;
}

const invalid = (fields: Array<{ field: string; message: string }>) =>
  badRequest('Some of the information is missing or not valid.', fields);

export async function changeSecurityQuestions(
  deps: ChangeSecurityQuestionsDeps,
  input: { accountId: string } & ChangeSecurityQuestionsRequest,
): Promise<SecurityQuestion[]> {
  const { db, clock, policy, passwords } = deps;
  const account = await db.customerAccount.findUniqueOrThrow({
    where: { id: input.accountId },
    select: { id: true, userId: true },
  });
  const active = await db.securityQuestion.findMany({ where: { active: true }, select: { id: true } });
  const problems = answerProblems(
    { userId: account.userId, password: input.currentPassword, securityAnswers: input.securityAnswers },
    {
      answerMinLength: policy.securityAnswers.minLength,
      activeQuestionIds: new Set(active.map((q) => q.id)),
    },
  );
  if (problems.length > 0) throw invalid(problems);

  const reserved = await reserveSignInAttempt(deps, { accountId: account.id });
  if (!reserved || !(await passwords.verify(reserved.passwordHash, input.currentPassword))) {
    await appendAudit(db, deps, {
      action: 'security_questions_changed',
      outcome: 'failure',
      accountId: account.id,
      details: { reason: reserved ? 'wrong_current_password' : 'locked' },
    });
    if (reserved?.lockedUntil) {
      await appendAudit(db, deps, {
        action: 'account_locked',
        actor: { type: 'system' },
        accountId: account.id,
        details: { lockedUntil: reserved.lockedUntil.toISOString() },
      });
    }
    throw invalid([
      {
        field: 'currentPassword',
        message: reserved
          ? 'Your current password is not correct.'
          : 'Too many wrong passwords. Wait 15 minutes and try again.',
      },
    ]);
  }

  const hashes = await Promise.all(input.securityAnswers.map(({ answer }) => hashAnswer(answer, policy)));
  await db.$transaction(async (tx) => {
    const now = clock.now();
    await clearFailures({ ...deps, db: tx }, account.id);
    await tx.securityAnswer.deleteMany({ where: { accountId: account.id } });
    await tx.securityAnswer.createMany({
      data: input.securityAnswers.map(({ questionId }, index) => ({
        accountId: account.id,
        questionId,
        answerHash: hashes[index] ?? '',
        createdAt: now,
      })),
    });
    await tx.notification.create({
      data: {
        accountId: account.id,
        kind: 'security_questions_changed',
        subject: 'Your security questions were changed',
        body: 'The security questions and answers of your Customer Online Services account were changed. If you did not do this, call the Customer Communication Center at 1-877-423-4746.',
        createdAt: now,
      },
    });
    await appendAudit(tx, deps, {
      action: 'security_questions_changed',
      accountId: account.id,
      details: { questions: input.securityAnswers.map(({ questionId }) => questionId).join(',') },
    });
    // The security notice (ASVS 6.3.7): which questions, never an answer.
    await emailAccount({ db: tx, clock }, account.id, emailTemplates.securityQuestionsChanged(now));
  });
  return chosenQuestions({ db }, account.id);
}

/** The questions the account has answered, in the agency's order (never the answers). */
export async function chosenQuestions(
  { db }: { db: Prisma.TransactionClient },
  accountId: string,
): Promise<SecurityQuestion[]> {
  const rows = await db.securityAnswer.findMany({
    where: { accountId },
    select: { question: { select: { id: true, text: true } } },
    orderBy: [{ question: { sortOrder: 'asc' } }, { questionId: 'asc' }],
  });
  return rows.map((row) => row.question);
}
