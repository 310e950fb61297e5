import { useEffect, useRef, type ReactNode } from 'react';
import { PageLoading } from './page-loading.tsx';
import { Pager } from './pager.tsx';
import type { CursorPages } from './use-cursor-pages.ts';

type Page<T> = { items: readonly T[]; nextCursor: string | null };

type PagedResultsProps<T> = {
  pages: CursorPages;
  /** The query of the page `pages.cursor` points at. */
  query: { isPending: boolean; isError: boolean; data: Page<T> | undefined };
  headingId: string;
  heading: string;
  /** Beside the heading, e.g. a download button. */
  headingAside?: ReactNode;
  /** Between the heading and the results, e.g. the outcome of an action. */
  status?: ReactNode;
  /** Without one, the console's plain "Loading…". */
  loadingText?: string;
  errorText: string;
  emptyText: string;
  pagerLabel: string;
  children: (items: readonly T[]) => ReactNode;
};

/**
 * A section of paged results: heading, loading / error / empty states, the items and the Pager.
 * After Previous or Next the heading takes the focus once the new page is there, so a keyboard or
 * screen reader user starts reading that page from its top rather than from a vanished button.
 */
export function PagedResults<T>({
  pages,
  query,
  headingId,
  heading,
  headingAside,
  status,
  loadingText,
  errorText,
  emptyText,
  pagerLabel,
  children,
}: PagedResultsProps<T>) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const { takeMove } = pages;

  useEffect(() => {
    if (query.data && takeMove()) headingRef.current?.focus();
  }, [query.data, takeMove]);

  const h2 = (
    <h2
      id={headingId}
      ref={headingRef}
      tabIndex={-1}
      className={headingAside ? 'cos-focus-target margin-y-1' : 'cos-focus-target'}
    >
      {heading}
    </h2>
  );
  const nextCursor = query.data?.nextCursor;

  return (
    <section aria-labelledby={headingId} className="margin-top-4">
      {headingAside ? (
        <div className="display-flex flex-wrap flex-justify flex-align-center">
          {h2}
          {headingAside}
        </div>
      ) : (
        h2
      )}
      {status}
      {query.isPending && (loadingText ? <p role="status">{loadingText}</p> : <PageLoading />)}
      {query.isError && (
        <div className="usa-alert usa-alert--error usa-alert--slim" role="alert">
          <div className="usa-alert__body">
            <p className="usa-alert__text">{errorText}</p>
          </div>
        </div>
      )}
      {query.data && query.data.items.length === 0 && <p>{emptyText}</p>}
      {query.data && query.data.items.length > 0 && children(query.data.items)}
      <Pager
        label={pagerLabel}
        page={pages.page}
        hasPrevious={pages.hasPrevious}
        hasNext={Boolean(nextCursor)}
        onPrevious={pages.previous}
        onNext={() => nextCursor && pages.next(nextCursor)}
      />
    </section>
  );
}
