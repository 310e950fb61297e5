// @vitest-environment jsdom
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { session } from '../../../lib/session/session.ts';
import { answerApi, renderForm } from '../../../lib/testing/render-form.tsx';
import { LanguageForm } from './language-form.tsx';

beforeEach(() => session.grant({ accessToken: 't1', expiresIn: 900, mustChangePassword: false }));
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  session.signedOut(null);
});

const profile = {
  userId: 'demo.parent',
  firstName: 'Casey',
  lastName: 'Morgan',
  email: 'c•••@example.com',
  previousSignInAt: null,
  mustChangePassword: false,
  preferredLanguage: 'es',
};

describe('Notifications: the language form', { timeout: 30_000 }, () => {
  it('saves Spanish, says so and shows the page in Spanish', async () => {
    const sent = answerApi({ status: 200, body: profile });
    renderForm(<LanguageForm current="en" />);
    fireEvent.click(screen.getByLabelText('Spanish (Español)'));
    fireEvent.click(screen.getByRole('button', { name: 'Save language' }));
    expect(await screen.findByText('Se guardó su idioma.')).toBeTruthy();
    expect(sent).toEqual([{ method: 'PUT', path: '/api/v1/me/language', body: { language: 'es' } }]);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Idioma');
  });
});
