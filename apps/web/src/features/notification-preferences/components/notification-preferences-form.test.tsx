// @vitest-environment jsdom
// The email choices: what is saved is what the boxes say, the confirmation takes focus on each
// save, a failure goes to the focused error summary (and takes the confirmation away), and a box
// cannot be turned on without an email address on file.
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { session } from '../../../lib/session/session.ts';
import { answerApi, apiError, renderForm, summaryEntries } from '../../../lib/testing/render-form.tsx';
import { NotificationPreferencesForm } from './notification-preferences-form.tsx';

beforeEach(() => session.grant({ accessToken: 't1', expiresIn: 900, mustChangePassword: false }));
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  session.signedOut(null);
});

const current = {
  paymentsByEmail: true,
  noticesByEmail: false,
  emailOnFile: 'c•••@example.com',
  emailConfirmed: true,
};
const save = () => fireEvent.click(screen.getByRole('button', { name: 'Save preferences' }));

describe('Notifications: the email preferences form', { timeout: 30_000 }, () => {
  it('saves what the boxes say and focuses the confirmation; a failure replaces it with the summary', async () => {
    const sent = answerApi(
      { status: 200, body: { ...current, noticesByEmail: true } },
      apiError(429, 'RATE_LIMITED', 'Too many requests', [], { 'retry-after': '120' }),
    );
    renderForm(<NotificationPreferencesForm current={current} />);
    fireEvent.click(screen.getByLabelText('When there is a new notice from the agency'));
    save();

    const saved = await screen.findByText('Your notification preferences were saved.');
    await waitFor(() => expect(document.activeElement).toBe(saved.closest('[role="status"]')));
    expect(sent).toEqual([
      {
        method: 'PUT',
        path: '/api/v1/me/notification-preferences',
        body: { paymentsByEmail: true, noticesByEmail: true },
      },
    ]);

    save();
    expect(await summaryEntries()).toEqual([
      ['There have been too many attempts. Please wait 2 minutes and try again.', '#notify-payments'],
    ]);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('alert')));
    expect(screen.queryByText('Your notification preferences were saved.')).toBeNull();
  });

  it('without an email on file, a box that is off cannot be turned on', () => {
    answerApi();
    renderForm(<NotificationPreferencesForm current={{ ...current, emailOnFile: null }} />);
    expect(
      (screen.getByLabelText('When there is a new notice from the agency') as HTMLInputElement).disabled,
    ).toBe(true);
    const payments = screen.getByLabelText('When a payment is received on my case') as HTMLInputElement;
    expect(payments.checked).toBe(true);
    expect(payments.disabled).toBe(false);
  });
});
