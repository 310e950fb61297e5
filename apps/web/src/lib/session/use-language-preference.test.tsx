// @vitest-environment jsdom
import type { MeResponse } from '@cos/contracts';
import { LanguageSwitch } from '@cos/ui';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { answerApi, renderForm } from '../testing/render-form.tsx';
import { session } from './session.ts';
import { useLanguagePreference } from './use-language-preference.ts';

beforeEach(() => session.grant({ accessToken: 't1', expiresIn: 900, mustChangePassword: false }));
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  session.signedOut(null);
});

const me = (preferredLanguage: 'en' | 'es'): MeResponse => ({
  userId: 'Maria.Lopez',
  firstName: 'María',
  lastName: 'López',
  email: 'm•••@example.com',
  previousSignInAt: null,
  mustChangePassword: false,
  preferredLanguage,
});

function Header({ profile }: { profile: MeResponse }) {
  useLanguagePreference(profile, true);
  return <LanguageSwitch />;
}

describe('the parent’s language while signed in', { timeout: 30_000 }, () => {
  it('opens the portal in the language stored on the account and saves no change for it', async () => {
    const sent = answerApi();
    renderForm(<Header profile={me('es')} />, { language: 'en' });
    // The switch offers the other language: English, once the portal is in Spanish.
    expect(await screen.findByRole('button', { name: 'English' })).toBeTruthy();
    expect(sent).toEqual([]);
  });

  it('saves the language the parent switches to', async () => {
    const sent = answerApi({ status: 200, body: me('es') });
    const { queryClient } = renderForm(<Header profile={me('en')} />, { language: 'en' });
    queryClient.setQueryData(['me'], me('en'));
    fireEvent.click(await screen.findByRole('button', { name: 'Español' }));
    await waitFor(() =>
      expect(sent).toEqual([{ method: 'PUT', path: '/api/v1/me/language', body: { language: 'es' } }]),
    );
    expect(await screen.findByRole('button', { name: 'English' })).toBeTruthy();
  });
});
