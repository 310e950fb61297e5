// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  answerApi,
  apiError,
  renderForm,
  summaryEntries,
  typeInto,
} from '../../../lib/testing/render-form.tsx';
import { session } from '../../../lib/session/session.ts';
import { PasswordForm } from './password-form.tsx';
import { UserIdForm } from './user-id-form.tsx';

// The first render loads jsdom and every translation; on a busy machine that alone can take 5 s.
const slowStart = { timeout: 30_000 };

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  session.signedOut(null);
});

const submit = (name: string | RegExp) => fireEvent.click(screen.getByRole('button', { name }));

describe('sign-in step 1: the User ID form', slowStart, () => {
  it('asks for a User ID in the focused error summary and at the field, without calling the API', async () => {
    const sent = answerApi();
    renderForm(<UserIdForm />, { path: '/sign-in' });
    typeInto('User ID', '   ');
    submit('Continue');

    expect(await summaryEntries()).toEqual([['Enter your User ID', '#user-id']]);
    expect(document.activeElement).toBe(screen.getByRole('alert'));
    expect(screen.getByLabelText('User ID').getAttribute('aria-invalid')).toBe('true');
    expect(sent).toEqual([]);
  });

  it('says it in Spanish to a Spanish reader', async () => {
    answerApi();
    renderForm(<UserIdForm />, { path: '/sign-in', language: 'es' });
    submit('Continuar');
    expect(await summaryEntries()).toEqual([['Escriba su ID de usuario', '#user-id']]);
  });

  it('sends the trimmed User ID and goes on to the password step, keeping ?next and the ID in history state', async () => {
    const sent = answerApi({ status: 200, body: { next: 'password' } });
    renderForm(<UserIdForm />, { path: '/sign-in?next=%2Fpayments' });
    typeInto('User ID', '  demo.parent ');
    submit('Continue');

    expect((await screen.findByTestId('landed')).textContent).toBe(
      '/sign-in/password?next=%2Fpayments {"userId":"demo.parent"}',
    );
    expect(sent).toEqual([
      { method: 'POST', path: '/api/v1/auth/identify', body: { userId: 'demo.parent' } },
    ]);
  });

  it('keeps the User ID typed before "Not you?" and says how long to wait when throttled', async () => {
    answerApi(apiError(429, 'RATE_LIMITED', 'Too many requests', [], { 'retry-after': '120' }));
    renderForm(<UserIdForm />, { path: '/sign-in', state: { userId: 'demo.parent' } });
    expect(screen.getByLabelText('User ID')).toHaveProperty('value', 'demo.parent');
    submit('Continue');

    expect(await summaryEntries()).toEqual([
      ['There have been too many attempts. Please wait 2 minutes and try again.', '#user-id'],
    ]);
    expect(screen.getByRole('button', { name: 'Continue' })).toHaveProperty('disabled', false);
  });
});

describe('sign-in step 2: the password form', slowStart, () => {
  it('asks for the password, and sends nothing', async () => {
    const sent = answerApi();
    renderForm(<PasswordForm userId="demo.parent" />, { path: '/sign-in/password' });
    submit('Sign in');
    expect(await summaryEntries()).toEqual([['Enter your password', '#password']]);
    expect(sent).toEqual([]);
  });

  it('gives one answer for a wrong password, with the way back and the phone number', async () => {
    answerApi(apiError(401, 'INVALID_CREDENTIALS', 'Invalid credentials'));
    renderForm(<PasswordForm userId="demo.parent" />, { path: '/sign-in/password' });
    typeInto('Password', 'wrong horse battery');
    submit('Sign in');

    expect(await summaryEntries()).toEqual([
      ['The User ID or password is not right, or the account is locked.', '#password'],
    ]);
    expect(screen.getByRole('alert').textContent).toContain('If your account is locked, wait 15 minutes');
    expect(
      screen.getByText('The User ID or password is not right, or the account is locked.', {
        selector: '.usa-error-message',
      }).id,
    ).toBe('password-error');

    // A second, empty attempt replaces the answer (and its help) with what is wrong now.
    typeInto('Password', '');
    submit('Sign in');
    await waitFor(() => expect(screen.getByRole('alert').textContent).not.toContain('wait 15 minutes'));
    expect(await summaryEntries()).toEqual([['Enter your password', '#password']]);
  });

  it('signs in with the password as typed (spaces kept) and opens My Case', async () => {
    const sent = answerApi({
      status: 200,
      body: { accessToken: 't1', expiresIn: 900, mustChangePassword: false },
    });
    renderForm(<PasswordForm userId="demo.parent" />, { path: '/sign-in/password' });
    typeInto('Password', ' sunny meadow lantern 42 ');
    submit('Sign in');

    expect((await screen.findByTestId('landed')).textContent).toMatch(/^\/my-case /);
    expect(sent[0]?.body).toEqual({ userId: 'demo.parent', password: ' sunny meadow lantern 42 ' });
    expect(session.getState().status).toBe('signedIn');
  });
});
