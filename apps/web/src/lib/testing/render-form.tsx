// For component tests of the portal's forms: the app's translations, a query client, a router
// (the form at `path`, and a line that says where a navigation landed), and answers from the API
// in the wire's shape. The API itself is tested against PostgreSQL in apps/api and, with these
// forms, end to end in e2e/; here it is a recorded answer per request, so a test can say what the
// person sees for each kind of answer.
import { createI18n, type Language } from '@cos/ui';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { vi } from 'vitest';
import { resources } from './i18n-resources.ts';

function Landed() {
  const location = useLocation();
  return (
    <p data-testid="landed">{`${location.pathname}${location.search} ${JSON.stringify(location.state)}`}</p>
  );
}

export function renderForm(
  form: ReactNode,
  { path = '/form', state, language = 'en' }: { path?: string; state?: unknown; language?: Language } = {},
) {
  const i18n = createI18n({ resources, defaultNS: 'common', language, storage: null, root: null });
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
  const [pathname = path] = path.split('?');
  render(
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <MemoryRouter initialEntries={[{ pathname, search: path.slice(pathname.length), state }]}>
          <Routes>
            <Route path={pathname} element={form} />
            <Route path="*" element={<Landed />} />
          </Routes>
        </MemoryRouter>
      </QueryClientProvider>
    </I18nextProvider>,
  );
  return { queryClient };
}

export type ApiAnswer = { status: number; body: unknown; headers?: Record<string, string> };

/**
 * Answers each request to the API with the next of `answers` and records what was sent (method,
 * path, JSON body). Restore with `vi.unstubAllGlobals()`.
 */
export function answerApi(...answers: ApiAnswer[]) {
  return answerApiWithReads({}, ...answers);
}

/**
 * As answerApi, with the lists a form reads while it shows (the security questions, the password
 * policy) answered by path whenever asked, in whatever order, and not recorded.
 */
export function answerApiWithReads(reads: Readonly<Record<string, unknown>>, ...answers: ApiAnswer[]) {
  const sent: { method: string; path: string; body: unknown }[] = [];
  vi.stubGlobal('fetch', async (input: RequestInfo | URL, init?: RequestInit) => {
    const read = reads[String(input)];
    if (read !== undefined && (init?.method ?? 'GET') === 'GET')
      return new Response(JSON.stringify(read), { headers: { 'content-type': 'application/json' } });
    const body: unknown = typeof init?.body === 'string' ? JSON.parse(init.body) : init?.body;
    sent.push({ method: init?.method ?? 'GET', path: String(input), body });
    const answer = answers.shift() ?? { status: 500, body: {} };
    return new Response(JSON.stringify(answer.body), {
      status: answer.status,
      headers: { 'content-type': 'application/json', ...answer.headers },
    });
  });
  return sent;
}

/** The uniform error body of the API (`{ error: { code, message, fields } }`). */
export const apiError = (
  status: number,
  code: string,
  message: string,
  fields: { field: string; message: string }[] = [],
  headers?: Record<string, string>,
): ApiAnswer => ({ status, body: { error: { code, message, fields } }, ...(headers ? { headers } : {}) });

export const typeInto = (label: string | RegExp, value: string) =>
  fireEvent.input(screen.getByLabelText(label), { target: { value } });

/** The error summary's entries (text and the element each links to), once it has appeared. */
export async function summaryEntries(): Promise<[string | null, string | null][]> {
  const summary = await screen.findByRole('alert');
  return Array.from(summary.querySelectorAll('li a')).map((link) => [
    link.textContent,
    link.getAttribute('href'),
  ]);
}
