// Registration helpers for API tests: a fresh unregistered person on a case of their own, passed
// through the identity check, and credentials that meet every rule.
import { expect } from 'vitest';
import { createCase, createPerson, nextCaseNumber, nextSsn } from './fixtures.ts';
import type { TestApp } from './test-app.ts';

export const REGISTRATION_PASSWORD = 'window maple thunder 31';
export const REGISTRATION_ANSWERS = [
  { questionId: 1, answer: 'Green' },
  { questionId: 2, answer: '  Savannah ' },
  { questionId: 3, answer: 'Biscuit' },
];

export async function verifiedPerson(ctx: TestApp, firstName = 'Jamie', lastName = 'Rivers') {
  const identity = {
    caseNumber: nextCaseNumber(),
    firstName,
    lastName,
    dateOfBirth: '1990-09-09',
    ssn: nextSsn(),
  };
  const personId = await createPerson(ctx.prisma, identity);
  await createCase(ctx.prisma, identity.caseNumber, personId);
  const response = await ctx.app.inject({
    method: 'POST',
    url: '/api/v1/registration/verify',
    payload: identity,
  });
  expect(response.statusCode, response.body).toBe(200);
  const registrationToken: string = response.json().registrationToken;
  return { personId, registrationToken };
}

let serial = 0;
export const credentials = (registrationToken: string, extra: object = {}) => ({
  registrationToken,
  userId: `jamie.r${(serial += 1)}`,
  password: REGISTRATION_PASSWORD,
  securityAnswers: REGISTRATION_ANSWERS,
  ...extra,
});

export const complete = (ctx: TestApp, payload: object) =>
  ctx.app.inject({ method: 'POST', url: '/api/v1/registration/complete', payload });

export const fieldsOf = (
  response: Awaited<ReturnType<typeof complete>>,
): Array<{ field: string; message: string }> => response.json().error.fields;
