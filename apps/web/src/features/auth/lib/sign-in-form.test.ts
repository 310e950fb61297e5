import { describe, expect, it } from 'vitest';
import { readSignInState, validatePassword, validateUserId } from './sign-in-form.ts';

describe('sign-in validation', () => {
  it('asks for a User ID when it is empty or only spaces', () => {
    expect(validateUserId('   ')).toEqual([{ fieldId: 'user-id', messageKey: 'auth:errors.userIdRequired' }]);
    expect(validateUserId('demo.parent')).toEqual([]);
  });

  it('accepts a password made of spaces and words, and asks for an empty one', () => {
    expect(validatePassword('sunny meadow lantern 42')).toEqual([]);
    expect(validatePassword('')).toHaveLength(1);
  });
});

describe('readSignInState', () => {
  it('takes the User ID handed over by step 1', () => {
    expect(readSignInState({ userId: 'demo.parent' })).toEqual({ userId: 'demo.parent' });
  });

  it('ignores anything else, so step 2 can send the visitor back to step 1', () => {
    expect(readSignInState(null)).toBeUndefined();
    expect(readSignInState({ userId: 42 })).toBeUndefined();
    expect(readSignInState({ userId: ' ' })).toBeUndefined();
  });
});
