// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import type { DirectDepositView } from '@cos/contracts';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  answerApi,
  apiError,
  renderForm,
  summaryEntries,
  typeInto,
} from '../../../lib/testing/render-form.tsx';
import { session } from '../../../lib/session/session.ts';
import { DirectDepositForm } from './direct-deposit-form.tsx';
import { PendingChangeBanner } from './pending-change-banner.tsx';
import { PendingChange } from './pending-change.tsx';

beforeEach(() => session.grant({ accessToken: 't1', expiresIn: 900, mustChangePassword: false }));
const slowStart = { timeout: 30_000 };

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  session.signedOut(null);
});

const submit = () => fireEvent.click(screen.getByRole('button', { name: 'Change my account' }));
const pendingView: DirectDepositView = {
  enrolment: null,
  pendingChange: {
    routingNumberLast4: '0052',
    accountNumberLast4: '4321',
    accountType: 'savings',
    requestedAt: '2026-12-07T18:00:00.000Z',
    effectiveAt: '2026-12-10T18:00:00.000Z',
  },
};

function fillValid() {
  typeInto('Routing number', '061000052');
  typeInto('Account number', '000987654321');
  typeInto('Enter the account number again', '000987654321');
  fireEvent.click(screen.getByLabelText('Savings'));
}

describe('Direct Deposit: the change form', slowStart, () => {
  it('lists every problem at once, the current password too, before anything is sent', async () => {
    const sent = answerApi();
    renderForm(<DirectDepositForm onSaved={() => undefined} onUnavailable={() => undefined} />);
    typeInto('Routing number', '061000053');
    typeInto('Account number', '000987654321');
    typeInto('Enter the account number again', '000987654322');
    submit();
    expect(await summaryEntries()).toEqual([
      ['This routing number is not valid. Check it on your check or with your bank.', '#dd-routing-number'],
      ['The account numbers do not match.', '#dd-account-number-confirmation'],
      ['Choose checking or savings.', '#dd-account-type-checking'],
      ['Enter your current password', '#dd-current-password'],
    ]);
    expect(sent).toEqual([]);
  });

  it('sends the change with the current password and hands the pending change to the page', async () => {
    const sent = answerApi({ status: 200, body: pendingView });
    const onSaved = vi.fn();
    renderForm(<DirectDepositForm onSaved={onSaved} onUnavailable={() => undefined} />);
    fillValid();
    typeInto('Your current password', 'sunny meadow lantern 42');
    submit();
    await waitFor(() => expect(onSaved).toHaveBeenCalledWith(pendingView));
    expect(sent[0]).toMatchObject({
      method: 'PUT',
      path: '/api/v1/direct-deposit',
      body: {
        routingNumber: '061000052',
        accountNumber: '000987654321',
        accountType: 'savings',
        currentPassword: 'sunny meadow lantern 42',
      },
    });
  });

  it('puts a wrong current password on the password field', async () => {
    answerApi(
      apiError(400, 'VALIDATION_FAILED', 'Invalid', [
        { field: 'currentPassword', message: 'The current password is not right.' },
      ]),
    );
    renderForm(<DirectDepositForm onSaved={() => undefined} onUnavailable={() => undefined} />);
    fillValid();
    typeInto('Your current password', 'not my password at all');
    submit();
    expect(await summaryEntries()).toEqual([['The current password is not right.', '#dd-current-password']]);
  });
});

describe('Direct Deposit: the pending change', slowStart, () => {
  it('shows the waiting account and cancels it without a password', async () => {
    const sent = answerApi({ status: 200, body: { enrolment: null, pendingChange: null } });
    renderForm(<PendingChange pending={pendingView.pendingChange} />);
    expect(
      screen.getByRole('heading', { name: 'A change to your Direct Deposit account is waiting' }),
    ).toBeTruthy();
    expect(screen.getByTestId('dd-pending').textContent).toContain('Savings account ending in 4321');
    fireEvent.click(screen.getByRole('button', { name: 'Cancel this change' }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toMatchObject({ method: 'DELETE', path: '/api/v1/direct-deposit/pending-change' });
    expect(sent[0]?.body).toBeUndefined();
  });
});

describe('Direct Deposit: the banner on My Case', slowStart, () => {
  it('names the waiting account and its date, and leads to the page that cancels it', async () => {
    answerApi({ status: 200, body: pendingView });
    renderForm(<PendingChangeBanner />);
    const banner = await screen.findByTestId('dd-pending-banner');
    expect(banner.textContent).toContain('changes to the one ending in 4321 on December 10, 2026.');
    expect(screen.getByRole('link', { name: 'Review or cancel the change' }).getAttribute('href')).toBe(
      '/direct-deposit',
    );
  });

  it('shows nothing when no change is waiting', async () => {
    const sent = answerApi({ status: 200, body: { enrolment: null, pendingChange: null } });
    renderForm(<PendingChangeBanner />);
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(screen.queryByTestId('dd-pending-banner')).toBeNull();
  });
});
