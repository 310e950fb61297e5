// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  answerApiWithReads,
  apiError,
  renderForm,
  summaryEntries,
  typeInto,
  type ApiAnswer,
} from '../../../lib/testing/render-form.tsx';
import { CredentialsForm } from './credentials-form.tsx';

// The first render loads jsdom and every translation; on a busy machine that alone can take 5 s.
const slowStart = { timeout: 30_000 };

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const identity = { registrationToken: 'reg-1', firstName: 'Jordan', lastName: 'Avery' };
const reads = {
  '/api/v1/security-questions': {
    items: [
      { id: 1, text: 'What was the name of your first pet?' },
      { id: 2, text: 'In what city were you born?' },
      { id: 3, text: 'What was your first car?' },
    ],
  },
  '/api/v1/auth/password-policy': { minLength: 12, maxLength: 128, agencyWords: ['childsupport'] },
};

function renderCredentials(events: string[] = [], ...answers: ApiAnswer[]) {
  const sent = answerApiWithReads(reads, ...answers);
  renderForm(
    <CredentialsForm
      identity={identity}
      onRegistered={() => events.push('registered')}
      onExpired={() => events.push('expired')}
    />,
  );
  return sent;
}

async function choose(questions: string[], answers: string[]) {
  await screen.findAllByRole('option', { name: 'What was your first car?' });
  questions.forEach((id, index) =>
    fireEvent.change(screen.getByLabelText(`Question ${index + 1}`), { target: { value: id } }),
  );
  answers.forEach((answer, index) => typeInto(`Answer ${index + 1}`, answer));
}

function fillJordan() {
  typeInto('User ID', ' jordan.avery ');
  typeInto('Password', 'quiet harbor violin 77');
}

const submit = () => fireEvent.click(screen.getByRole('button', { name: 'Create my account' }));

describe('registration step 2: the credentials form', slowStart, () => {
  it('names every field to fix, in the order of the page, takes focus and sends nothing', async () => {
    const sent = renderCredentials();
    submit();

    expect(await summaryEntries()).toEqual([
      ['Choose a User ID', '#new-user-id'],
      ['Choose a password', '#new-password'],
      ['Choose a security question', '#security-question-1'],
      ['Answer the security question', '#security-answer-1'],
      ['Choose a security question', '#security-question-2'],
      ['Answer the security question', '#security-answer-2'],
      ['Choose a security question', '#security-question-3'],
      ['Answer the security question', '#security-answer-3'],
    ]);
    expect(document.activeElement).toBe(screen.getByRole('alert'));
    expect(screen.getByLabelText('User ID').getAttribute('aria-invalid')).toBe('true');
    expect(sent).toEqual([]);
  });

  it('checks the fields against each other: the password rules, repeated questions and answers', async () => {
    const sent = renderCredentials();
    typeInto('User ID', 'jo');
    typeInto('Password', 'harbor');
    typeInto('Email address (optional)', 'jordan@');
    // A question chosen in one box is not offered in another, so the third stays unchosen.
    await choose(['1', '2', '2'], ['Blue', ' blue ', 'ab']);
    submit();

    expect(await summaryEntries()).toEqual([
      ['Use 6 to 30 letters, numbers, periods, underscores or hyphens for your User ID', '#new-user-id'],
      [
        'Use at least 12 characters. A few unrelated words make a long password that is easy to remember.',
        '#new-password',
      ],
      ['Enter an email address like name@example.com, or leave it empty', '#email'],
      ['Use a different answer for each question', '#security-answer-2'],
      ['Choose a security question', '#security-question-3'],
      ['Use at least 3 characters for the answer', '#security-answer-3'],
    ]);

    typeInto('User ID', 'jordan.avery');
    typeInto('Password', 'my id is jordan.avery 2024');
    typeInto('Email address (optional)', '');
    await choose(['1', '2', '3'], ['Jordan.Avery', 'macon', 'biscuit']);
    submit();
    await waitFor(async () =>
      expect(await summaryEntries()).toEqual([
        ['Do not use your User ID in your password.', '#new-password'],
        ['Do not use your User ID or password as an answer', '#security-answer-1'],
      ]),
    );
    expect(sent).toEqual([]);
  });

  it('sends the wire format (trimmed User ID, no empty email) and reports the account made', async () => {
    const events: string[] = [];
    const sent = renderCredentials(events, {
      status: 201,
      body: { accessToken: 'a', expiresIn: 900, mustChangePassword: false },
    });
    fillJordan();
    await choose(['3', '1', '2'], ['Blue', 'Macon', 'Biscuit']);
    submit();

    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toEqual({
      method: 'POST',
      path: '/api/v1/registration/complete',
      body: {
        registrationToken: 'reg-1',
        userId: 'jordan.avery',
        password: 'quiet harbor violin 77',
        securityAnswers: [
          { questionId: 3, answer: 'Blue' },
          { questionId: 1, answer: 'Macon' },
          { questionId: 2, answer: 'Biscuit' },
        ],
      },
    });
    await waitFor(() => expect(events).toEqual(['registered']));
  });

  it('puts a taken User ID on its field, and starts again when the registration token ran out', async () => {
    const events: string[] = [];
    renderCredentials(
      events,
      apiError(409, 'CONFLICT', 'That User ID is taken.', [
        { field: 'userId', message: 'That User ID is taken. Choose another.' },
      ]),
      apiError(401, 'UNAUTHENTICATED', 'Start again.'),
    );
    fillJordan();
    await choose(['1', '2', '3'], ['Blue', 'Macon', 'Biscuit']);
    submit();
    expect(await summaryEntries()).toEqual([['That User ID is taken. Choose another.', '#new-user-id']]);

    submit();
    await waitFor(() => expect(events).toEqual(['expired']));
  });
});
