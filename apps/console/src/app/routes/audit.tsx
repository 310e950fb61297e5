import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Pager } from '../../components/ui/pager.tsx';
import { queryString } from '../../config/paths.ts';
import { auditTrailQueryOptions, downloadAuditCsv } from '../../features/audit/api/get-audit-trail.ts';
import { AuditFiltersForm } from '../../features/audit/components/audit-filters-form.tsx';
import { AuditTable } from '../../features/audit/components/audit-table.tsx';
import { readAuditFilters, type AuditFilters } from '../../features/audit/lib/audit-filters.ts';

/** Supervisors: who did what, to which account, when — filtered, paged, and as a CSV. */
export function AuditRoute() {
  const { t } = useTranslation('audit');
  const [search, setSearch] = useSearchParams();
  const filters = readAuditFilters(search);
  const filterKey = queryString(filters);

  return (
    <div className="padding-y-4">
      <h1>{t('title')}</h1>
      <p className="usa-intro">{t('intro')}</p>
      <AuditFiltersForm filters={filters} onApply={(next) => setSearch(new URLSearchParams(queryString(next)))} />
      {/* A new set of filters starts again at the first page. */}
      <AuditResults key={filterKey} filters={filters} />
    </div>
  );
}

function AuditResults({ filters }: { filters: AuditFilters }) {
  const { t } = useTranslation('audit');
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  const query = useQuery(auditTrailQueryOptions(filters, cursors.at(-1)));
  const [download, setDownload] = useState<{ state: 'idle' | 'busy' | 'failed' } | { state: 'done'; filename: string }>({ state: 'idle' });
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);

  useEffect(() => {
    if (moved.current && query.data) heading.current?.focus();
  }, [query.data]);

  async function csv() {
    setDownload({ state: 'busy' });
    try {
      setDownload({ state: 'done', filename: await downloadAuditCsv(filters) });
    } catch {
      setDownload({ state: 'failed' });
    }
  }

  function go(next: (string | undefined)[]) {
    moved.current = true;
    setCursors(next);
  }

  return (
    <section aria-labelledby="audit-results-heading" className="margin-top-4">
      <div className="display-flex flex-wrap flex-justify flex-align-center">
        <h2 id="audit-results-heading" ref={heading} tabIndex={-1} className="cos-focus-target margin-y-1">
          {t('table.heading')}
        </h2>
        <button type="button" className="usa-button usa-button--outline" disabled={download.state === 'busy'} onClick={() => void csv()}>
          {t('download.button')}
        </button>
      </div>
      <p role="status" className="margin-y-1">
        {download.state === 'done' ? t('download.done', { filename: download.filename }) : download.state === 'failed' ? t('download.failed') : download.state === 'busy' ? t('download.busy') : ''}
      </p>
      {query.isPending && <p role="status">{t('table.loading')}</p>}
      {query.isError && (
        <div className="usa-alert usa-alert--error usa-alert--slim" role="alert">
          <div className="usa-alert__body">
            <p className="usa-alert__text">{t('table.error')}</p>
          </div>
        </div>
      )}
      {query.data && (
        <>
          <AuditTable items={query.data.items} filters={filters} />
          <Pager
            label={t('table.pages')}
            page={cursors.length}
            hasPrevious={cursors.length > 1}
            hasNext={query.data.nextCursor !== null}
            onPrevious={() => go(cursors.slice(0, -1))}
            onNext={() => query.data.nextCursor && go([...cursors, query.data.nextCursor])}
          />
        </>
      )}
    </section>
  );
}
