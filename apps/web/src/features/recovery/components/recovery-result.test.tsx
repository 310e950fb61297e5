// @vitest-environment jsdom
import type { RecoveryAnswerResponse } from '@cos/contracts';
import { createI18n } from '@cos/ui';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { resources } from '../../../lib/testing/i18n-resources.ts';
import { RecoveryResult } from './recovery-result.tsx';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function renderResult(result: RecoveryAnswerResponse, language: 'en' | 'es' = 'en') {
  const i18n = createI18n({ resources, defaultNS: 'common', language, storage: null, root: null });
  render(
    <I18nextProvider i18n={i18n}>
      <MemoryRouter>
        <RecoveryResult result={result} />
      </MemoryRouter>
    </I18nextProvider>,
  );
}

const temporary = {
  temporaryPassword: 'TH5Y-BZ86-K53S-EG06-A87K-5R9N-WENF',
  expiresAt: '2026-11-03T15:00:00.000Z',
};

describe('the recovery result', () => {
  it('shows the User ID alone and says the password did not change', () => {
    renderResult({ userId: 'demo.parent' });
    expect(screen.getByText('demo.parent')).toBeTruthy();
    expect(screen.getByText('Your password has not changed.')).toBeTruthy();
    expect(screen.queryByText('Your temporary password')).toBeNull();
    expect(screen.getByRole('link', { name: 'Sign in now' }).getAttribute('href')).toBe('/sign-in');
  });

  it('shows the temporary password with its expiry in Georgia time, and what to do next', () => {
    renderResult({ userId: 'demo.parent', ...temporary });
    expect(screen.getByText(temporary.temporaryPassword)).toBeTruthy();
    expect(
      screen.getByText(/It works for one sign-in, until Tuesday, November 3, 2026 at 10:00 AM EST\./),
    ).toBeTruthy();
    expect(screen.queryByText('Your password has not changed.')).toBeNull();
    expect(screen.getByText(/This is the only time we show it/)).toBeTruthy();
  });

  it('copies with the Clipboard API and says so in a live region', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    renderResult(temporary);
    fireEvent.click(screen.getByRole('button', { name: 'Copy temporary password' }));
    expect(await screen.findByText('Copied')).toBeTruthy();
    expect(writeText).toHaveBeenCalledWith(temporary.temporaryPassword);
    expect(screen.getByText('Copied').getAttribute('role')).toBe('status');
  });

  it('says how to copy by hand when the browser refuses', async () => {
    vi.stubGlobal('navigator', {
      ...navigator,
      clipboard: { writeText: () => Promise.reject(new Error('denied')) },
    });
    renderResult(temporary);
    fireEvent.click(screen.getByRole('button', { name: 'Copy temporary password' }));
    expect(await screen.findByText(/Select the text and copy it yourself/)).toBeTruthy();
  });

  it('speaks Spanish', () => {
    renderResult({ userId: 'demo.parent', ...temporary }, 'es');
    expect(screen.getByRole('button', { name: 'Copiar contraseña temporal' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Iniciar sesión ahora' })).toBeTruthy();
  });
});
