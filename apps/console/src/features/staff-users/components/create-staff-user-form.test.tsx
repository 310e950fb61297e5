// @vitest-environment jsdom
import { createI18n } from '@cos/ui';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { resources } from '../../../lib/i18n.ts';
import { CreateStaffUserForm } from './create-staff-user-form.tsx';

afterEach(cleanup);

// The first render loads jsdom and every translation; on a busy machine that alone can take 5 s.
const slowStart = { timeout: 30_000 };

describe('CreateStaffUserForm', () => {
  it(
    'lists what is missing, in form order, in the focused summary, before anything is sent',
    slowStart,
    async () => {
      const i18n = createI18n({ resources, defaultNS: 'common', language: 'en', storage: null, root: null });
      render(
        <I18nextProvider i18n={i18n}>
          <QueryClientProvider client={new QueryClient()}>
            <CreateStaffUserForm onCreated={() => undefined} />
          </QueryClientProvider>
        </I18nextProvider>,
      );
      fireEvent.input(screen.getByLabelText('Username'), { target: { value: 'A' } });
      fireEvent.click(screen.getByRole('button', { name: 'Add staff user' }));

      const summary = await screen.findByRole('alert');
      expect(document.activeElement).toBe(summary);
      expect(Array.from(summary.querySelectorAll('li a')).map((link) => link.getAttribute('href'))).toEqual([
        '#new-staff-username',
        '#new-staff-name',
        '#new-staff-role',
      ]);
      expect(summary.textContent).not.toContain('Enter a username');
    },
  );
});
