// @vitest-environment jsdom
import { createI18n } from '@cos/ui';
import { cleanup, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../../lib/api-client.ts';
import { resources } from '../../../lib/testing/i18n-resources.ts';
import { CaseErrorRoute } from './case-error.tsx';
import { caseNumberFrom } from './case-route-params.ts';

afterEach(cleanup);

function renderFailing(path: string, loader: (caseNumber: string) => unknown) {
  const i18n = createI18n({ resources, defaultNS: 'common', language: 'en', storage: null, root: null });
  const router = createMemoryRouter(
    [
      {
        path: '/my-case/:caseNumber',
        loader: ({ params }) => loader(caseNumberFrom(params)),
        element: <p>case</p>,
        errorElement: <CaseErrorRoute />,
      },
    ],
    { initialEntries: [path] },
  );
  render(
    <I18nextProvider i18n={i18n}>
      <RouterProvider router={router} />
    </I18nextProvider>,
  );
}

describe('a case page that cannot be shown', () => {
  it('says the case is not on this account when the API answers 404', async () => {
    renderFailing('/my-case/1000000002', () => {
      throw new ApiError(404, 'NOT_FOUND', 'We could not find that case on your account.');
    });
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe(
      'We could not find that case on your account',
    );
    expect(screen.getByRole('link', { name: 'Go to My Case' }).getAttribute('href')).toBe('/my-case');
  });

  it('says the same for a number that cannot be a case, without asking the API', async () => {
    let asked = false;
    renderFailing('/my-case/12ab', () => {
      asked = true;
      return null;
    });
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe(
      'We could not find that case on your account',
    );
    expect(asked).toBe(false);
  });

  it('falls back to "something went wrong" for any other failure', async () => {
    renderFailing('/my-case/1000000002', () => {
      throw new ApiError(503, 'UNAVAILABLE', 'Down');
    });
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe('Something went wrong');
  });
});
