// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  answerApi,
  apiError,
  renderForm,
  summaryEntries,
  typeInto,
} from '../../../lib/testing/render-form.tsx';
import { session } from '../../../lib/session/session.ts';
import { ChangeRequestForm } from './change-request-form.tsx';

// A signed-in parent: requests carry the bearer token rather than asking to refresh first.
beforeEach(() => session.grant({ accessToken: 't1', expiresIn: 900, mustChangePassword: false }));
// The first render loads jsdom and every translation; on a busy machine that alone can take 5 s.
const slowStart = { timeout: 30_000 };

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  session.signedOut(null);
});

const submit = (name = 'Send for review') => fireEvent.click(screen.getByRole('button', { name }));
const choose = (kind: RegExp) => fireEvent.click(screen.getByLabelText(kind));

describe('Provide Info: the change request form', slowStart, () => {
  it('asks what changed first, linking to the first choice', async () => {
    const sent = answerApi();
    renderForm(<ChangeRequestForm />);
    submit();
    expect(await summaryEntries()).toEqual([['Choose what has changed', '#change-kind-address']]);
    expect(sent).toEqual([]);
  });

  it('tells a blank box from a wrong one, only for the fields of the chosen change', async () => {
    answerApi();
    renderForm(<ChangeRequestForm />);
    choose(/^Mailing address$/);
    typeInto('Street address', '1 Main St');
    typeInto('ZIP code', '303');
    submit();
    expect(await summaryEntries()).toEqual([
      ['Enter the city', '#address-city'],
      ['Choose the state or territory', '#address-state'],
      ['Enter a 5-digit ZIP code, or ZIP+4 like 30303-1234', '#address-zip'],
    ]);
  });

  it('sends the phone as its 10 digits, empties the form and says what happens next', async () => {
    const sent = answerApi({
      status: 201,
      body: {
        id: 'c1',
        kind: 'phone',
        requested: { phone: '4045550100' },
        status: 'submitted',
        reviewReason: null,
        createdAt: '2026-12-07T18:00:00.000Z',
        reviewedAt: null,
      },
    });
    renderForm(<ChangeRequestForm />);
    choose(/^Phone number$/);
    typeInto('New phone number', '+1 (404) 555-0100');
    submit();

    const status = await screen.findByRole('status');
    await waitFor(() => expect(document.activeElement).toBe(status));
    expect(sent).toEqual([
      { method: 'POST', path: '/api/v1/change-requests', body: { kind: 'phone', phone: '4045550100' } },
    ]);
    expect(screen.queryByLabelText('New phone number')).toBeNull();
  });

  it("puts the server's field errors on their boxes", async () => {
    answerApi(
      apiError(400, 'VALIDATION_FAILED', 'Invalid', [
        { field: 'email', message: 'This address cannot receive mail.' },
      ]),
    );
    renderForm(<ChangeRequestForm />);
    choose(/^Email address$/);
    typeInto('New email address', 'casey@example.com');
    typeInto('Current password', 'my current password');
    submit();
    expect(await summaryEntries()).toEqual([['This address cannot receive mail.', '#change-email']]);
  });

  it('asks for the current password with an email change, and shows a wrong one on its box', async () => {
    renderForm(<ChangeRequestForm />);
    choose(/^Email address$/);
    typeInto('New email address', 'casey@example.com');
    submit();
    expect(await summaryEntries()).toEqual([['Enter your current password.', '#change-current-password']]);

    answerApi(
      apiError(400, 'VALIDATION_FAILED', 'Invalid', [
        { field: 'currentPassword', message: 'Your current password is not correct.' },
      ]),
    );
    typeInto('Current password', 'not my password');
    submit();
    expect(await summaryEntries()).toEqual([
      ['Your current password is not correct.', '#change-current-password'],
    ]);
  });
});
