import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageLoading } from '../../components/ui/page-loading.tsx';
import { Pager } from '../../components/ui/pager.tsx';
import { contactRequestsQueryOptions, type ContactRequestStatus } from '../../features/contact-requests/api/contact-requests.ts';
import { ContactRequestTable } from '../../features/contact-requests/components/contact-request-table.tsx';

const statusOf = (value: string | null): ContactRequestStatus => (value === 'answered' ? 'answered' : 'open');

/** Agents: contact requests from the portal, the longest waiting first; open one to answer it. */
export function ContactRequestsRoute() {
  const { t } = useTranslation('contactRequests');
  const [search, setSearch] = useSearchParams();
  const status = statusOf(search.get('status'));

  return (
    <div className="padding-y-4">
      <h1>{t('title')}</h1>
      <p className="usa-intro">{t('intro')}</p>
      <div className="usa-form">
        <label className="usa-label" htmlFor="contact-status">
          {t('filter.label')}
        </label>
        <select id="contact-status" className="usa-select" value={status} onChange={(event) => setSearch(event.target.value === 'open' ? {} : { status: event.target.value })}>
          <option value="open">{t('filter.open')}</option>
          <option value="answered">{t('filter.answered')}</option>
        </select>
      </div>
      {/* Another status starts again at the first page. */}
      <ContactRequestResults key={status} status={status} />
    </div>
  );
}

function ContactRequestResults({ status }: { status: ContactRequestStatus }) {
  const { t } = useTranslation('contactRequests');
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  const query = useQuery(contactRequestsQueryOptions(status, cursors.at(-1)));
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
    <section aria-labelledby="contact-results-heading" className="margin-top-4">
      <h2 id="contact-results-heading" ref={heading} tabIndex={-1} className="cos-focus-target">
        {t(status === 'open' ? 'table.headingOpen' : 'table.headingAnswered')}
      </h2>
      {query.isPending && <PageLoading />}
      {query.isError && <p role="alert">{t('table.error')}</p>}
      {query.data && query.data.items.length === 0 && <p>{t(status === 'open' ? 'table.noneOpen' : 'table.noneAnswered')}</p>}
      {query.data && query.data.items.length > 0 && <ContactRequestTable items={query.data.items} />}
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
