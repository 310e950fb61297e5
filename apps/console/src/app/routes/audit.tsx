import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PagedResults } from '../../components/ui/paged-results.tsx';
import { useCursorPages } from '../../components/ui/use-cursor-pages.ts';
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
      <AuditFiltersForm
        filters={filters}
        onApply={(next) => setSearch(new URLSearchParams(queryString(next)))}
      />
      {/* A new set of filters starts again at the first page. */}
      <AuditResults key={filterKey} filters={filters} />
    </div>
  );
}

function AuditResults({ filters }: { filters: AuditFilters }) {
  const { t } = useTranslation('audit');
  const pages = useCursorPages();
  const query = useQuery(auditTrailQueryOptions(filters, pages.cursor));
  const [download, setDownload] = useState<
    { state: 'idle' | 'busy' | 'failed' } | { state: 'done'; filename: string }
  >({ state: 'idle' });

  async function csv() {
    setDownload({ state: 'busy' });
    try {
      setDownload({ state: 'done', filename: await downloadAuditCsv(filters) });
    } catch {
      setDownload({ state: 'failed' });
    }
  }

  return (
    <PagedResults
      pages={pages}
      query={query}
      headingId="audit-results-heading"
      heading={t('table.heading')}
      headingAside={
        <button
          type="button"
          className="usa-button usa-button--outline"
          disabled={download.state === 'busy'}
          onClick={() => void csv()}
        >
          {t('download.button')}
        </button>
      }
      status={
        <p role="status" className="margin-y-1">
          {download.state === 'done'
            ? t('download.done', { filename: download.filename })
            : download.state === 'failed'
              ? t('download.failed')
              : download.state === 'busy'
                ? t('download.busy')
                : ''}
        </p>
      }
      loadingText={t('table.loading')}
      errorText={t('table.error')}
      emptyText={t('table.none')}
      pagerLabel={t('table.pages')}
    >
      {(items) => <AuditTable items={items} filters={filters} />}
    </PagedResults>
  );
}
