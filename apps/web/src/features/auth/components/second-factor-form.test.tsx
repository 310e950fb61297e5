// @vitest-environment jsdom
// Sign-in step 3: a missing or wrong code goes to the focused error summary linked to the code
// box, without or after one request; a right one signs in and goes where the parent was going.
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { session } from '../../../lib/session/session.ts';
import {
  answerApi,
  apiError,
  renderForm,
  summaryEntries,
  typeInto,
} from '../../../lib/testing/render-form.tsx';
import { SecondFactorForm } from './second-factor-form.tsx';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  session.signedOut(null);
});

const signIn = () => fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));

describe('sign-in step 3: the second-factor form', { timeout: 30_000 }, () => {
  it('asks for the code, then says a wrong one is wrong, in the focused summary at the code box', async () => {
    const sent = answerApi(apiError(401, 'INVALID_CREDENTIALS', 'Invalid code'));
    renderForm(<SecondFactorForm token="hand-over" methods={['totp', 'recovery_code']} next={undefined} />);
    signIn();
    expect(await summaryEntries()).toEqual([['Enter the code', '#code']]);
    expect(document.activeElement).toBe(screen.getByRole('alert'));
    expect(sent).toEqual([]);

    typeInto('6-digit code from your authenticator app', ' 123456 ');
    signIn();
    await waitFor(async () =>
      expect(await summaryEntries()).toEqual([
        ['That code is not right, or it has expired. Check it and try again.', '#code'],
      ]),
    );
    expect(sent).toEqual([
      {
        method: 'POST',
        path: '/api/v1/auth/second-factor',
        body: { token: 'hand-over', method: 'totp', code: '123456' },
      },
    ]);
  });

  it('sends the chosen method and goes on to where the parent was going', async () => {
    const sent = answerApi({
      status: 200,
      body: { accessToken: 'a1', expiresIn: 900, mustChangePassword: false },
    });
    renderForm(<SecondFactorForm token="hand-over" methods={['totp', 'recovery_code']} next="/payments" />);
    fireEvent.click(screen.getByLabelText('One of my recovery codes'));
    typeInto('Recovery code', 'ABCDE-23456');
    signIn();
    expect((await screen.findByTestId('landed')).textContent).toContain('/payments');
    expect(sent.map(({ body }) => body)).toEqual([
      { token: 'hand-over', method: 'recovery_code', code: 'ABCDE-23456' },
    ]);
  });
});
