// @vitest-environment jsdom
import type { RecoveryAnswerResponse } from '@cos/contracts';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  answerApi,
  apiError,
  renderForm,
  summaryEntries,
  typeInto,
} from '../../../lib/testing/render-form.tsx';
import { RecoveryAnswersForm } from './recovery-answers-form.tsx';

// The first render loads jsdom and every translation; on a busy machine that alone can take 5 s.
const slowStart = { timeout: 30_000 };

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const started = {
  recoveryToken: 'rec-1',
  questions: [
    { id: 3, text: 'What was the name of your first pet?' },
    { id: 1, text: 'What is your favourite colour?' },
  ],
};

function renderAnswers(language: 'en' | 'es' = 'en') {
  const recovered: RecoveryAnswerResponse[] = [];
  const proofFor: unknown[] = [];
  let expired = 0;
  renderForm(
    <RecoveryAnswersForm
      started={started}
      onRecovered={(result) => recovered.push(result)}
      onProofRequired={(answers) => proofFor.push(answers)}
      onExpired={() => expired++}
    />,
    { language },
  );
  return { recovered, proofFor, expired: () => expired };
}

const submit = (name = 'Continue') => fireEvent.click(screen.getByRole('button', { name }));

describe('recovery step 2: the answers form', slowStart, () => {
  it('wants every answer and a choice, in Spanish for a Spanish reader, and sends nothing', async () => {
    const sent = answerApi();
    renderAnswers('es');
    typeInto('What is your favourite colour?', 'blue');
    submit('Continuar');
    expect(await summaryEntries()).toEqual([
      ['Responda la pregunta de seguridad', '#recovery-answer-1'],
      ['Elija lo que necesita: su usuario, una contraseña nueva o ambos', '#recover-user-id'],
    ]);
    expect(sent).toEqual([]);
  });

  it('sends the answers as typed with the token and the choice', async () => {
    const sent = answerApi({ status: 200, body: { userId: 'demo.parent' } });
    const { recovered } = renderAnswers();
    typeInto('What was the name of your first pet?', ' Biscuit ');
    typeInto('What is your favourite colour?', 'blue');
    fireEvent.click(screen.getByLabelText(/^Both/));
    submit();

    await waitFor(() => expect(recovered).toEqual([{ userId: 'demo.parent' }]));
    expect(sent[0]).toEqual({
      method: 'POST',
      path: '/api/v1/recovery/answer',
      body: {
        recoveryToken: 'rec-1',
        answers: [
          { questionId: 3, answer: ' Biscuit ' },
          { questionId: 1, answer: 'blue' },
        ],
        recover: 'both',
      },
    });
  });

  it('clears wrong answers (keeping the choice) and says so; after too many, shows the pause instead of the form', async () => {
    answerApi(
      apiError(401, 'RECOVERY_NOT_VERIFIED', 'Not verified'),
      apiError(423, 'RECOVERY_LOCKED', 'Online recovery is paused for 24 hours.'),
    );
    renderAnswers();
    typeInto('What was the name of your first pet?', 'Rex');
    typeInto('What is your favourite colour?', 'red');
    fireEvent.click(screen.getByLabelText(/^My User ID/));
    submit();

    expect(await summaryEntries()).toEqual([
      ['We could not verify your answers. Check them and try again.', '#recovery-answer-1'],
    ]);
    expect(screen.getByLabelText('What was the name of your first pet?')).toHaveProperty('value', '');
    expect(screen.getByLabelText(/^My User ID/)).toHaveProperty('checked', true);

    typeInto('What was the name of your first pet?', 'Biscuit');
    typeInto('What is your favourite colour?', 'blue');
    submit();
    expect(await screen.findByRole('heading', { name: 'Online recovery is paused' })).toBeTruthy();
    expect(screen.getByText('Online recovery is paused for 24 hours.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Continue' })).toBeNull();
  });

  it('starts again at step 1 when the recovery token has run out', async () => {
    answerApi(apiError(401, 'UNAUTHENTICATED', 'Expired'));
    const { expired } = renderAnswers();
    typeInto('What was the name of your first pet?', 'Biscuit');
    typeInto('What is your favourite colour?', 'blue');
    fireEvent.click(screen.getByLabelText(/^A new password/));
    submit();
    await waitFor(() => expect(expired()).toBe(1));
  });

  it('hands the right answers on when the account also needs a code (a second factor)', async () => {
    answerApi(apiError(403, 'SECOND_FACTOR_REQUIRED', 'Your account has extra protection.'));
    const { proofFor, recovered } = renderAnswers();
    typeInto('What was the name of your first pet?', 'Biscuit');
    typeInto('What is your favourite colour?', 'blue');
    fireEvent.click(screen.getByLabelText(/^A new password/));
    submit();
    await waitFor(() =>
      expect(proofFor).toEqual([
        {
          answers: [
            { questionId: 3, answer: 'Biscuit' },
            { questionId: 1, answer: 'blue' },
          ],
          recover: 'password',
        },
      ]),
    );
    expect(recovered).toEqual([]);
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
