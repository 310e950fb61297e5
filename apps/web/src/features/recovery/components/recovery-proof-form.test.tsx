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
import { RecoveryProofForm } from './recovery-proof-form.tsx';

// The first render loads jsdom and every translation; on a busy machine that alone can take 5 s.
const slowStart = { timeout: 30_000 };

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const answers = {
  answers: [
    { questionId: 3, answer: 'Biscuit' },
    { questionId: 1, answer: 'blue' },
  ],
  recover: 'password' as const,
};

function renderProof(language: 'en' | 'es' = 'en') {
  const recovered: RecoveryAnswerResponse[] = [];
  renderForm(
    <RecoveryProofForm
      recoveryToken="rec-1"
      answers={answers}
      onRecovered={(result) => recovered.push(result)}
      onExpired={() => undefined}
    />,
    { language },
  );
  return { recovered };
}

const submit = (name = 'Continue') => fireEvent.click(screen.getByRole('button', { name }));

describe('recovery with a factor: the code beside the answers', slowStart, () => {
  it('wants a code, in Spanish for a Spanish reader, and sends nothing', async () => {
    const sent = answerApi();
    renderProof('es');
    submit('Continuar');
    expect(await summaryEntries()).toEqual([['Escriba el código', '#proof-code']]);
    expect(sent).toEqual([]);
  });

  it('sends the answers again with the recovery code, and turns a lost app off only when asked', async () => {
    const sent = answerApi(apiError(422, 'RECOVERY_NOT_VERIFIED', 'Not verified'), {
      status: 200,
      body: { temporaryPassword: 'ABCD-EFGH', expiresAt: '2026-12-08T12:00:00.000Z' },
    });
    const { recovered } = renderProof();
    typeInto('Recovery code', 'WRONG-CODE2');
    submit();
    expect(await summaryEntries()).toEqual([
      ['That code is not right, or it was already used. Check it and try again.', '#proof-code'],
    ]);
    expect(screen.getByLabelText('Recovery code')).toHaveProperty('value', '');

    typeInto('Recovery code', 'ABCDE-23456');
    fireEvent.click(screen.getByLabelText(/I lost the phone with my authenticator app/));
    submit();
    await waitFor(() => expect(recovered).toHaveLength(1));
    expect(sent[1]).toEqual({
      method: 'POST',
      path: '/api/v1/recovery/answer',
      body: {
        recoveryToken: 'rec-1',
        ...answers,
        proof: { method: 'recovery_code', code: 'ABCDE-23456' },
        removeAuthenticator: true,
      },
    });
  });
});
