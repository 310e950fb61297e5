import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageLoading } from '../../components/ui/page-loading.tsx';
import { Pager } from '../../components/ui/pager.tsx';
import { changeRequestsQueryOptions, type ChangeRequestFilter } from '../../features/change-requests/api/change-requests.ts';
import { ChangeRequestTable } from '../../features/change-requests/components/change-request-table.tsx';

const filterOf = (value: string | null): ChangeRequestFilter => (value === 'all' ? 'all' : 'submitted');

/** Agents: parents' changes of address, phone, email and employer, the longest waiting first. */
export function ChangeRequestsRoute() {
  const { t } = useTranslation('changeRequests');
  const [search, setSearch] = useSearchParams();
  const filter = filterOf(search.get('show'));
  return (
    <div className="padding-y-4">
      <h1>{t('title')}</h1>
      <p className="usa-intro">{t('intro')}</p>
      <div className="usa-form">
        <label className="usa-label" htmlFor="change-filter">
          {t('filter.label')}
        </label>
        <select id="change-filter" className="usa-select" value={filter} onChange={(event) => setSearch(event.target.value === 'all' ? { show: 'all' } : {})}>
          <option value="submitted">{t('filter.submitted')}</option>
          <option value="all">{t('filter.all')}</option>
        </select>
      </div>
      <ChangeRequestResults key={filter} filter={filter} />
    </div>
  );
}

function ChangeRequestResults({ filter }: { filter: ChangeRequestFilter }) {
  const { t } = useTranslation('changeRequests');
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  const query = useQuery(changeRequestsQueryOptions(filter, cursors.at(-1)));
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);

  useEffect(() => {
    if (moved.current && query.data) heading.current?.focus();
  }, [query.data]);

  function go(next: (string | undefined)[]) {
    moved.current = true;
    setCursors(next);
  }

  return (
    <section aria-labelledby="change-results-heading" className="margin-top-4">
      <h2 id="change-results-heading" ref={heading} tabIndex={-1} className="cos-focus-target">
        {t(filter === 'submitted' ? 'table.headingSubmitted' : 'table.headingAll')}
      </h2>
      {query.isPending && <PageLoading />}
      {query.isError && <p role="alert">{t('table.error')}</p>}
      {query.data && query.data.items.length === 0 && <p>{t('table.none')}</p>}
      {query.data && query.data.items.length > 0 && <ChangeRequestTable items={query.data.items} />}
      <Pager
        page={cursors.length}
        hasPrevious={cursors.length > 1}
        hasNext={Boolean(query.data?.nextCursor)}
        onPrevious={() => go(cursors.slice(0, -1))}
        onNext={() => go([...cursors, query.data?.nextCursor ?? undefined])}
        label={t('table.pages')}
      />
    </section>
  );
}
