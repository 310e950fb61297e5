// Recovery helpers for API tests: the identity a fixture customer recovers with, the two steps, and
// answers read from the questions the server chose (as a person would), right or wrong.
import { expect } from 'vitest';
import type { App } from '../app.ts';
import { FIXTURE_ANSWERS, type createCustomer } from './fixtures.ts';

type Customer = Awaited<ReturnType<typeof createCustomer>>;
type Response = Awaited<ReturnType<App['inject']>>;
export type Question = { id: number; text: string };
export type Identity = { firstName: string; lastName: string; ssn: string; dateOfBirth: string };

export const identityOf = (customer: Customer): Identity => ({
  firstName: customer.person.firstName,
  lastName: customer.person.lastName,
  ssn: customer.person.ssn,
  dateOfBirth: customer.person.dateOfBirth,
});

export const postStart = (app: App, identity: Identity) =>
  app.inject({ method: 'POST', url: '/api/v1/recovery/start', payload: identity });

export const postAnswer = (
  app: App,
  payload: { recoveryToken: string; answers: Array<{ questionId: number; answer: string }>; recover: string },
) => app.inject({ method: 'POST', url: '/api/v1/recovery/answer', payload });

export async function start(
  app: App,
  identity: Identity,
): Promise<{ recoveryToken: string; questions: Question[]; response: Response }> {
  const response = await postStart(app, identity);
  expect(response.statusCode, response.body).toBe(200);
  return { ...response.json<{ recoveryToken: string; questions: Question[] }>(), response };
}

/** The fixture answers (questions 1–3) to the questions asked, optionally altered. */
export function fixtureAnswers(
  questions: readonly Question[],
  alter: (answer: string) => string = (answer) => answer,
) {
  return questions.map(({ id }) => ({ questionId: id, answer: alter(FIXTURE_ANSWERS[id - 1] ?? 'unknown') }));
}

export const wrongAnswers = (questions: readonly Question[]) =>
  questions.map(({ id }) => ({ questionId: id, answer: 'not it at all' }));

/** Both steps with the right answers; returns the answer step's body. */
export async function recover(app: App, customer: Customer, what: 'userId' | 'password' | 'both') {
  const { recoveryToken, questions } = await start(app, identityOf(customer));
  const response = await postAnswer(app, {
    recoveryToken,
    answers: fixtureAnswers(questions),
    recover: what,
  });
  expect(response.statusCode, response.body).toBe(200);
  return {
    ...response.json<{ userId?: string; temporaryPassword?: string; expiresAt?: string }>(),
    response,
  };
}
