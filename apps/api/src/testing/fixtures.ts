// Rows for API tests, written straight through Prisma. argon2 is slow on purpose (~30 ms a hash),
// so every fixture account shares one password hash and one set of answer hashes, made once.
import { randomUUID } from 'node:crypto';
import type { PrismaClient } from '@cos/db';
import { SECURITY_QUESTIONS } from '@cos/db';
import { hashAnswer, hashSecret } from '@cos/security';
import { testSsnCipher } from './test-app.ts';

export const FIXTURE_PASSWORD = 'quiet harbor lantern 77';
export const FIXTURE_ANSWERS = ['red', 'athens', 'rex'] as const;

let shared: Promise<{ password: string; answers: string[] }> | undefined;
export function fixtureHashes() {
  shared ??= Promise.all([
    hashSecret(FIXTURE_PASSWORD),
    ...FIXTURE_ANSWERS.map((answer) => hashAnswer(answer)),
  ]).then(([password = '', ...answers]) => ({ password, answers }));
  return shared;
}

/** The agency's 8 questions with ids 1–8, as the demo seed makes them. */
export async function createQuestions(prisma: PrismaClient): Promise<void> {
  await prisma.securityQuestion.createMany({
    data: SECURITY_QUESTIONS.map((text, index) => ({ id: index + 1, text, sortOrder: (index + 1) * 10 })),
    skipDuplicates: true,
  });
}

export interface PersonFixture {
  firstName: string;
  lastName: string;
  dateOfBirth: string;
  ssn: string;
}

let ssnSerial = 0;
/** A fresh valid SSN per call (123-47-xxxx), so fixtures in one database never collide. */
export const nextSsn = () => `123-47-${String((ssnSerial += 1)).padStart(4, '0')}`;

let caseSerial = 0;
export const nextCaseNumber = () => String(2_000_000_000 + (caseSerial += 1));

export async function createPerson(prisma: PrismaClient, person: PersonFixture): Promise<string> {
  const row = await prisma.person.create({
    data: {
      firstName: person.firstName,
      lastName: person.lastName,
      dateOfBirth: new Date(`${person.dateOfBirth}T00:00:00Z`),
      ssnCiphertext: new Uint8Array(testSsnCipher.encrypt(person.ssn)),
      ssnHash: testSsnCipher.lookupHash(person.ssn),
      ssnLast4: testSsnCipher.last4(person.ssn),
    },
    select: { id: true },
  });
  return row.id;
}

export async function createCase(
  prisma: PrismaClient,
  caseNumber: string,
  custodialPersonId: string,
): Promise<void> {
  await prisma.supportCase.create({
    data: {
      caseNumber,
      county: 'Fulton',
      openedAt: new Date('2020-01-15T00:00:00Z'),
      participants: { create: [{ personId: custodialPersonId, role: 'custodial' }] },
    },
  });
}

export interface AccountFixture {
  userId: string;
  email?: string | null;
  status?: 'active' | 'disabled';
  mustChangePassword?: boolean;
  lastSignInAt?: Date | null;
  /** A given email is confirmed unless this is false (like the demo parents'). */
  emailConfirmed?: boolean;
  preferredLanguage?: 'en' | 'es';
}

export async function createAccount(
  prisma: PrismaClient,
  personId: string,
  account: AccountFixture,
): Promise<string> {
  const hashes = await fixtureHashes();
  const row = await prisma.customerAccount.create({
    data: {
      personId,
      userId: account.userId,
      userIdNormalized: account.userId.trim().toLowerCase(),
      passwordHash: hashes.password,
      email: account.email ?? null,
      emailConfirmedAt:
        account.email && account.emailConfirmed !== false ? new Date('2026-01-01T00:00:00Z') : null,
      preferredLanguage: account.preferredLanguage ?? 'en',
      status: account.status ?? 'active',
      mustChangePassword: account.mustChangePassword ?? false,
      lastSignInAt: account.lastSignInAt ?? null,
      securityAnswers: {
        create: hashes.answers.map((answerHash, index) => ({ questionId: index + 1, answerHash })),
      },
    },
    select: { id: true },
  });
  return row.id;
}

/** A person on a case of their own, with an account (questions 1–3 must exist). */
export async function createCustomer(
  prisma: PrismaClient,
  account: Partial<AccountFixture> & { firstName?: string; lastName?: string } = {},
) {
  const person = {
    firstName: account.firstName ?? 'Taylor',
    lastName: account.lastName ?? 'Brooks',
    dateOfBirth: '1985-05-20',
    ssn: nextSsn(),
  };
  const personId = await createPerson(prisma, person);
  const caseNumber = nextCaseNumber();
  await createCase(prisma, caseNumber, personId);
  const userId = account.userId ?? `user.${randomUUID().slice(0, 8)}`;
  const accountId = await createAccount(prisma, personId, { ...account, userId });
  return { personId, accountId, userId, caseNumber, person };
}
