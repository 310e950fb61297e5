import { describe, expect, it } from 'vitest';
import { StepUpValues } from './step-up.ts';

const assertion = {
  id: 'cred-1',
  rawId: 'cred-1',
  response: { clientDataJSON: 'e30', authenticatorData: 'AAAA', signature: 'AAAA' },
  clientExtensionResults: {},
  type: 'public-key' as const,
};

describe('a step-up as a form holds it', () => {
  it('wants the current password when no passkey assertion came', () => {
    const result = StepUpValues.safeParse({ currentPassword: '' });
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['currentPassword']);
  });

  it('sends the password alone, as typed', () => {
    expect(StepUpValues.parse({ currentPassword: ' my password ' })).toEqual({
      currentPassword: ' my password ',
    });
  });

  it('sends the assertion in place of the password, never both', () => {
    expect(StepUpValues.parse({ currentPassword: 'typed anyway', passkeyAssertion: assertion })).toEqual({
      passkeyAssertion: assertion,
    });
    expect(StepUpValues.parse({ currentPassword: '', passkeyAssertion: assertion })).toEqual({
      passkeyAssertion: assertion,
    });
  });
});
