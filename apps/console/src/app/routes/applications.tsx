import { applicationStatuses, type ApplicationStatus } from '@cos/contracts';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PagedResults } from '../../components/ui/paged-results.tsx';
import { QueueFilter } from '../../components/ui/queue-filter.tsx';
import { useCursorPages } from '../../components/ui/use-cursor-pages.ts';
import { applicationsQueryOptions } from '../../features/applications/api/applications.ts';
import { ApplicationTable } from '../../features/applications/components/application-table.tsx';

const statusOf = (value: string | null): ApplicationStatus | undefined =>
  applicationStatuses.find((status) => status === value);

/** Agents: applications from Apply Now, received ones first and the longest waiting first; open one to move it on. */
export function ApplicationsRoute() {
  const { t } = useTranslation('applications');
  const [search] = useSearchParams();
  const status = statusOf(search.get('status'));

  return (
    <div className="padding-y-4">
      <h1>{t('title')}</h1>
      <p className="usa-intro">{t('intro')}</p>
      <QueueFilter
        id="application-status"
        label={t('filter.label')}
        param="status"
        value={status ?? 'all'}
        defaultValue="all"
        options={[
          { value: 'all', label: t('filter.all') },
          ...applicationStatuses.map((value) => ({ value, label: t(`statuses.${value}`) })),
        ]}
      />
      {/* Another status starts again at the first page. */}
      <ApplicationResults key={status ?? 'all'} status={status} />
    </div>
  );
}

function ApplicationResults({ status }: { status: ApplicationStatus | undefined }) {
  const { t } = useTranslation('applications');
  const pages = useCursorPages();
  const query = useQuery(applicationsQueryOptions(status, pages.cursor));
  return (
    <PagedResults
      pages={pages}
      query={query}
      headingId="application-results-heading"
      heading={status ? t(`statuses.${status}`) : t('table.headingAll')}
      errorText={t('table.error')}
      emptyText={t('table.none')}
      pagerLabel={t('table.pages')}
    >
      {(items) => <ApplicationTable items={items} />}
    </PagedResults>
  );
}
