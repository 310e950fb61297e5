import { describe, expect, it } from 'vitest';
import { identityFieldId, validateRecoveryAnswers, validateRecoveryIdentity } from './recovery-form.ts';

const casey = {
  firstName: ' Casey ',
  lastName: 'Morgan',
  dobMonth: '2',
  dobDay: '14',
  dobYear: '1986',
  ssn: '123 45 6781',
};
const fields = (result: { errors: Array<{ fieldId: string; messageKey: string }> }) =>
  result.errors.map((e) => `${e.fieldId}:${e.messageKey}`);

describe('recovery identity', () => {
  it('sends the wire formats', () => {
    expect(validateRecoveryIdentity(casey).request).toEqual({
      firstName: 'Casey',
      lastName: 'Morgan',
      dateOfBirth: '1986-02-14',
      ssn: '123-45-6781',
    });
  });

  it('names each field to fix, linking the date to its first empty box', () => {
    expect(fields(validateRecoveryIdentity({ ...casey, firstName: ' ', dobDay: '', ssn: '12345' }))).toEqual([
      'first-name:recovery:errors.firstName',
      'dob-day:recovery:errors.dateOfBirth',
      'ssn:recovery:errors.ssn',
    ]);
    expect(fields(validateRecoveryIdentity({ ...casey, dobMonth: '2', dobDay: '30' }))).toEqual([
      'dob-month:recovery:errors.dateOfBirth',
    ]);
  });

  it('puts the server’s field errors on the right elements', () => {
    expect(identityFieldId('dateOfBirth')).toBe('dob-month');
    expect(identityFieldId('ssn')).toBe('ssn');
    expect(identityFieldId('recoveryToken')).toBeUndefined();
  });
});

describe('recovery answers', () => {
  const questions = [{ id: 3 }, { id: 1 }];

  it('answers exactly the questions asked, as typed (the server normalises)', () => {
    expect(validateRecoveryAnswers(questions, [' Biscuit ', 'blue'], 'both').request).toEqual({
      answers: [
        { questionId: 3, answer: ' Biscuit ' },
        { questionId: 1, answer: 'blue' },
      ],
      recover: 'both',
    });
  });

  it('wants every answer and a choice of what to recover', () => {
    expect(fields(validateRecoveryAnswers(questions, ['', 'blue'], ''))).toEqual([
      'recovery-answer-1:recovery:errors.answerRequired',
      'recover-user-id:recovery:errors.recoverRequired',
    ]);
  });
});
