import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Pager } from '../../components/ui/pager.tsx';
import { LookupForm } from '../../features/lookup/components/lookup-form.tsx';
import { LookupResults } from '../../features/lookup/components/lookup-results.tsx';
import { searchQueryOptions } from '../../features/lookup/api/search-accounts.ts';
import { currentSearch, useCurrentSearch } from '../../features/lookup/lib/current-search.ts';
import { lookupFieldId, lookupFieldIds } from '../../features/lookup/lib/lookup-form.ts';
import { requestErrors } from '../../lib/form-errors.ts';

/** The console's home: find the caller's account, with the reason for looking. */
export function LookupRoute() {
  const { t } = useTranslation('lookup');
  const current = useCurrentSearch();
  const cursor = current?.cursors.at(-1);
  const pageNumber = current?.cursors.length ?? 1;
  const query = useQuery(searchQueryOptions(current?.search, cursor));
  const errors = useMemo(
    () => (query.error ? requestErrors(query.error, lookupFieldIds.q, lookupFieldId) : []),
    [query.error],
  );

  // A new results page moves focus to its heading (not when coming back to results already seen).
  const heading = useRef<HTMLHeadingElement>(null);
  const seen = useRef(query.dataUpdatedAt);
  useEffect(() => {
    if (query.data && query.dataUpdatedAt !== seen.current) {
      seen.current = query.dataUpdatedAt;
      heading.current?.focus();
    }
  }, [query.data, query.dataUpdatedAt]);

  return (
    <div className="padding-y-4">
      <h1>{t('title')}</h1>
      <p className="usa-intro">{t('intro')}</p>
      <LookupForm errors={errors} />
      {current && (
        <section aria-labelledby="lookup-results-heading" className="margin-top-4">
          <h2 id="lookup-results-heading" ref={heading} tabIndex={-1} className="cos-focus-target">
            {t('results.heading')}
          </h2>
          {query.isPending && !query.isError && <p role="status">{t('results.searching')}</p>}
          {query.data && (
            <>
              <LookupResults page={query.data} pageNumber={pageNumber} />
              <Pager
                label={t('results.pages')}
                page={pageNumber}
                hasPrevious={pageNumber > 1}
                hasNext={query.data.nextCursor !== null}
                onPrevious={() => currentSearch.previous()}
                onNext={() => query.data.nextCursor && currentSearch.next(query.data.nextCursor)}
              />
            </>
          )}
        </section>
      )}
    </div>
  );
}
