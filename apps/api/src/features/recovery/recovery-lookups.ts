// The two reads of a recovery, each one SQL statement whatever it finds. With nested Prisma selects
// a person who exists would cost extra queries (their account, its answers) that an unknown SSN
// does not, and the time an answer takes would tell whether the SSN is in the case records. One
// joined statement costs the same round trip either way.
import type { Prisma } from '@cos/db';
import { z } from 'zod';

const IdentityRow = z.object({
  personId: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  dateOfBirth: z.coerce.date(),
  accountId: z.string().nullable(),
  status: z.string().nullable(),
  questionId: z.number().nullable(),
  questionText: z.string().nullable(),
});

export type FoundIdentity = {
  id: string;
  firstName: string;
  lastName: string;
  dateOfBirth: Date;
  /** The account with the questions it answered, in the agency's order. */
  account: { id: string; status: string; questions: Array<{ id: number; text: string }> } | null;
};

/** The person with this SSN lookup hash, their account and the questions it answered, or null. */
export async function findIdentity(
  db: Prisma.TransactionClient,
  ssnHash: string,
): Promise<FoundIdentity | null> {
  const rows = z.array(IdentityRow).parse(
    await db.$queryRaw`
      SELECT p.id::text AS "personId", p.first_name AS "firstName", p.last_name AS "lastName", p.date_of_birth AS "dateOfBirth",
             a.id::text AS "accountId", a.status::text AS "status", q.id AS "questionId", q.text AS "questionText"
        FROM people p
        LEFT JOIN customer_accounts a ON a.person_id = p.id
        LEFT JOIN security_answers sa ON sa.account_id = a.id
        LEFT JOIN security_questions q ON q.id = sa.question_id
       WHERE p.ssn_hash = ${ssnHash}
       ORDER BY q.sort_order, q.id`,
  );
  const [first] = rows;
  if (!first) return null;
  const questions = rows.flatMap((row) =>
    row.questionId !== null && row.questionText !== null
      ? [{ id: row.questionId, text: row.questionText }]
      : [],
  );
  return {
    id: first.personId,
    firstName: first.firstName,
    lastName: first.lastName,
    dateOfBirth: first.dateOfBirth,
    account:
      first.accountId && first.status ? { id: first.accountId, status: first.status, questions } : null,
  };
}

const AccountRow = z.object({
  id: z.string(),
  userId: z.string(),
  email: z.string().nullable(),
  status: z.string(),
  questionId: z.number().nullable(),
  answerHash: z.string().nullable(),
});

export type AnsweringAccount = {
  id: string;
  userId: string;
  email: string | null;
  status: string;
  securityAnswers: Array<{ questionId: number; answerHash: string }>;
};

/** The account a recovery token names, with its answer hashes; a decoy's (null) finds nothing. */
export async function findAnsweringAccount(
  db: Prisma.TransactionClient,
  accountId: string | null,
): Promise<AnsweringAccount | null> {
  const rows = z.array(AccountRow).parse(
    await db.$queryRaw`
      SELECT a.id::text AS "id", a.user_id AS "userId", a.email, a.status::text AS "status",
             sa.question_id AS "questionId", sa.answer_hash AS "answerHash"
        FROM customer_accounts a
        LEFT JOIN security_answers sa ON sa.account_id = a.id
       WHERE a.id = ${accountId ?? '00000000-0000-0000-0000-000000000000'}::uuid`,
  );
  const [first] = rows;
  if (!first) return null;
  const securityAnswers = rows.flatMap((row) =>
    row.questionId !== null && row.answerHash !== null
      ? [{ questionId: row.questionId, answerHash: row.answerHash }]
      : [],
  );
  return { id: first.id, userId: first.userId, email: first.email, status: first.status, securityAnswers };
}
