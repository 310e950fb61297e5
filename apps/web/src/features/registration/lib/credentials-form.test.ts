import { describe, expect, it } from 'vitest';
import { credentialsFieldId, validateCredentials, type CredentialsInput } from './credentials-form.ts';

const valid: CredentialsInput = {
  userId: 'jordan.avery',
  password: 'quiet harbor violin 77',
  email: '',
  questions: ['1', '2', '3'],
  answers: ['blue', 'macon', 'biscuit'],
};
const describe_ = () => 'problem';
const fields = (input: Partial<CredentialsInput>) =>
  validateCredentials({ ...valid, ...input }, undefined, describe_).errors.map(
    (e) => `${e.fieldId}:${e.messageKey}`,
  );

describe('registration credentials', () => {
  it('builds the request the API expects, without an empty email', () => {
    const { request } = validateCredentials(valid, undefined, describe_);
    expect(request).toEqual({
      userId: 'jordan.avery',
      password: 'quiet harbor violin 77',
      securityAnswers: [
        { questionId: 1, answer: 'blue' },
        { questionId: 2, answer: 'macon' },
        { questionId: 3, answer: 'biscuit' },
      ],
    });
  });

  it('explains a User ID outside the rules and a malformed email', () => {
    expect(fields({ userId: 'jo' })).toEqual(['new-user-id:registration:errors.userIdRules']);
    expect(fields({ userId: 'jordan avery' })).toEqual(['new-user-id:registration:errors.userIdRules']);
    expect(fields({ email: 'jordan@' })).toEqual(['email:registration:errors.email']);
  });

  it('needs three different questions and three different answers of 3+ characters', () => {
    expect(fields({ questions: ['1', '1', ''] })).toEqual([
      'security-question-2:forms:securityQuestions.errors.questionRepeated',
      'security-question-3:forms:securityQuestions.errors.questionRequired',
    ]);
    expect(fields({ answers: ['Blue', ' blue ', 'ab'] })).toEqual([
      'security-answer-2:forms:securityQuestions.errors.answerRepeated',
      'security-answer-3:forms:securityQuestions.errors.answerShort',
    ]);
    expect(fields({ answers: ['Jordan.Avery', 'macon', 'biscuit'] })).toEqual([
      'security-answer-1:forms:securityQuestions.errors.answerIsCredential',
    ]);
  });

  it('puts the server’s field errors on the right elements', () => {
    expect(credentialsFieldId('securityAnswers.2.answer')).toBe('security-answer-3');
    expect(credentialsFieldId('securityAnswers.0.questionId')).toBe('security-question-1');
    expect(credentialsFieldId('password')).toBe('new-password');
    expect(credentialsFieldId('registrationToken')).toBeUndefined();
  });
});
