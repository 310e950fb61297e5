// @vitest-environment jsdom
import { createI18n } from '@cos/ui';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { resources } from '../../lib/i18n.ts';
import { PagedResults } from './paged-results.tsx';
import { useCursorPages } from './use-cursor-pages.ts';

afterEach(cleanup);

type Page = { items: string[]; nextCursor: string | null };
const pagesByCursor: Record<string, Page> = {
  first: { items: ['Ada', 'Ben'], nextCursor: 'c2' },
  c2: { items: ['Cy'], nextCursor: null },
};

/** A stand-in for useQuery: the page of the cursor, arriving when `arrive` is called. */
function Results() {
  const pages = useCursorPages();
  const [arrived, setArrived] = useState<Record<string, Page>>({ first: pagesByCursor.first! });
  const key = pages.cursor ?? 'first';
  const data = arrived[key];
  return (
    <>
      <button type="button" onClick={() => setArrived((all) => ({ ...all, [key]: pagesByCursor[key]! }))}>
        arrive
      </button>
      {/* The same page again as a new object, as a refetch gives. */}
      <button
        type="button"
        onClick={() => setArrived((all) => ({ ...all, [key]: { ...pagesByCursor[key]! } }))}
      >
        refetch
      </button>
      <PagedResults
        pages={pages}
        query={{ isPending: !data, isError: false, data }}
        headingId="people-heading"
        heading="People"
        errorText="Failed"
        emptyText="Nobody"
        pagerLabel="Result pages"
      >
        {(items) => (
          <ul>
            {items.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        )}
      </PagedResults>
    </>
  );
}

function renderResults() {
  const i18n = createI18n({ resources, defaultNS: 'common', language: 'en', storage: null, root: null });
  render(
    <I18nextProvider i18n={i18n}>
      <Results />
    </I18nextProvider>,
  );
}

describe('PagedResults with useCursorPages', () => {
  it('pages forward and back, focusing the heading once each new page is there (and not on a refetch)', () => {
    renderResults();
    const heading = screen.getByRole('heading', { name: 'People' });
    expect(screen.getByText('Ada')).toBeTruthy();
    expect(document.activeElement).not.toBe(heading);

    fireEvent.click(screen.getByRole('button', { name: /next/i }));
    expect(screen.getByRole('status').textContent).toMatch(/loading/i);
    expect(document.activeElement).not.toBe(heading);
    fireEvent.click(screen.getByRole('button', { name: 'arrive' }));
    expect(screen.getByText('Cy')).toBeTruthy();
    expect(document.activeElement).toBe(heading);
    expect((screen.getByRole('button', { name: /next/i }) as HTMLButtonElement).disabled).toBe(true);

    const refetch = screen.getByRole('button', { name: 'refetch' });
    refetch.focus();
    fireEvent.click(refetch);
    expect(document.activeElement).toBe(refetch);

    fireEvent.click(screen.getByRole('button', { name: /previous/i }));
    expect(screen.getByText('Ada')).toBeTruthy();
    expect(document.activeElement).toBe(heading);
    expect(screen.queryByRole('navigation', { name: 'Result pages' })).toBeTruthy();
  });
});
