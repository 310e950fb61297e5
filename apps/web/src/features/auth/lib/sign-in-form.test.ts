import { describe, expect, it } from 'vitest';
import { readSignInState } from './sign-in-form.ts';

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
