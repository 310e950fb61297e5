import { describe, expect, it } from 'vitest';
import { RecoveryAnswersValues, RecoveryIdentityValues, recoveryAnswersIds } from './recovery-form.ts';

const casey = {
  firstName: ' Casey ',
  lastName: 'Morgan',
  dobMonth: '2',
  dobDay: '14',
  dobYear: '1986',
  ssn: '123 45 6781',
};
const problems = (result: { error?: { issues: Array<{ path: PropertyKey[] }> } | undefined }) =>
  result.error?.issues.map((issue) => issue.path.join('.')) ?? [];

describe('recovery identity', () => {
  it('sends the wire formats', () => {
    expect(RecoveryIdentityValues.parse(casey)).toEqual({
      firstName: 'Casey',
      lastName: 'Morgan',
      dateOfBirth: '1986-02-14',
      ssn: '123-45-6781',
    });
  });

  it('names each field to fix, linking the date to its first empty box', () => {
    expect(
      problems(RecoveryIdentityValues.safeParse({ ...casey, firstName: ' ', dobDay: '', ssn: '12345' })),
    ).toEqual(['firstName', 'ssn', 'dobDay']);
    expect(problems(RecoveryIdentityValues.safeParse({ ...casey, dobMonth: '2', dobDay: '30' }))).toEqual([
      'dobMonth',
    ]);
  });
});

describe('recovery answers', () => {
  const answers = (...typed: string[]) =>
    typed.map((answer, index) => ({ questionId: [3, 1][index] ?? 0, answer }));

  it('answers exactly the questions asked, as typed (the server normalises)', () => {
    expect(RecoveryAnswersValues.parse({ answers: answers(' Biscuit ', 'blue'), recover: 'both' })).toEqual({
      answers: [
        { questionId: 3, answer: ' Biscuit ' },
        { questionId: 1, answer: 'blue' },
      ],
      recover: 'both',
    });
  });

  it('wants every answer and a choice of what to recover, each on its own element', () => {
    expect(problems(RecoveryAnswersValues.safeParse({ answers: answers(' ', 'blue'), recover: '' }))).toEqual(
      ['answers.0.answer', 'recover'],
    );
    expect(recoveryAnswersIds([{ id: 3 }, { id: 1 }])).toEqual({
      recover: 'recover-user-id',
      'answers.0.answer': 'recovery-answer-1',
      'answers.1.answer': 'recovery-answer-2',
    });
  });
});
