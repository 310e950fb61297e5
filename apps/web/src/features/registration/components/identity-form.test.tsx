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
import { IdentityForm, type VerifiedIdentity } from './identity-form.tsx';

// The first render loads jsdom and every translation; on a busy machine that alone can take 5 s.
const slowStart = { timeout: 30_000 };

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function fillJordan() {
  typeInto('Case number', ' 1000000003 ');
  typeInto('First name', 'Jordan');
  typeInto('Last name', 'Avery');
  fireEvent.change(screen.getByLabelText('Month'), { target: { value: '04' } });
  typeInto('Day', '12');
  typeInto('Year', '1988');
  typeInto('Social Security number', '123 45 6780');
}

const submit = () => fireEvent.click(screen.getByRole('button', { name: 'Continue' }));

describe('registration step 1: the identity form', slowStart, () => {
  it('names every field to fix, in the order of the page, and sends nothing', async () => {
    const sent = answerApi();
    renderForm(<IdentityForm onVerified={() => undefined} />);
    typeInto('Day', '30');
    fireEvent.change(screen.getByLabelText('Month'), { target: { value: '02' } });
    typeInto('Year', '1988');
    submit();

    expect(await summaryEntries()).toEqual([
      ['Enter the 10-digit case number', '#case-number'],
      ['Enter your first name', '#first-name'],
      ['Enter your last name', '#last-name'],
      ['Enter your date of birth: month, day and a 4-digit year', '#dob-month'],
      ['Enter the 9-digit Social Security number', '#ssn'],
    ]);
    expect(document.activeElement).toBe(screen.getByRole('alert'));
    expect(screen.getByLabelText('Day').getAttribute('aria-describedby')).toBe('dob-hint dob-error');
    expect(sent).toEqual([]);
  });

  it('sends the wire formats and hands on the registration token with the names', async () => {
    const sent = answerApi({
      status: 200,
      body: { registrationToken: 'reg-1', expiresIn: 900, firstName: 'Jordan' },
    });
    const verified: VerifiedIdentity[] = [];
    renderForm(<IdentityForm onVerified={(identity) => verified.push(identity)} />);
    fillJordan();
    submit();

    await waitFor(() =>
      expect(verified).toEqual([{ registrationToken: 'reg-1', firstName: 'Jordan', lastName: 'Avery' }]),
    );
    expect(sent).toEqual([
      {
        method: 'POST',
        path: '/api/v1/registration/verify',
        body: {
          caseNumber: '1000000003',
          firstName: 'Jordan',
          lastName: 'Avery',
          dateOfBirth: '1988-04-12',
          ssn: '123-45-6780',
        },
      },
    ]);
  });

  it("shows the server's one generic mismatch answer, and the phone number once registration is blocked", async () => {
    answerApi(
      apiError(400, 'IDENTITY_NOT_VERIFIED', 'We could not match these details to a case.'),
      apiError(403, 'REGISTRATION_BLOCKED', 'Online registration is paused for this case.'),
    );
    renderForm(<IdentityForm onVerified={() => undefined} />);
    fillJordan();
    submit();
    expect(await summaryEntries()).toEqual([['We could not match these details to a case.', '#case-number']]);
    expect(
      screen.queryByText('Call the Customer Communication Center for help:', { exact: false }),
    ).toBeNull();

    submit();
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toContain(
        'Call the Customer Communication Center for help:',
      ),
    );
    expect(await summaryEntries()).toEqual([
      ['Online registration is paused for this case.', '#case-number'],
    ]);
  });

  it("puts the server's field errors on their fields (the date on its month box)", async () => {
    answerApi(
      apiError(400, 'VALIDATION_FAILED', 'Invalid', [
        { field: 'dateOfBirth', message: 'Enter your date of birth.' },
      ]),
    );
    renderForm(<IdentityForm onVerified={() => undefined} />);
    fillJordan();
    submit();
    expect(await summaryEntries()).toEqual([['Enter your date of birth.', '#dob-month']]);
  });
});
