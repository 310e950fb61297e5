import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PagedResults } from '../../components/ui/paged-results.tsx';
import { QueueFilter } from '../../components/ui/queue-filter.tsx';
import { useCursorPages } from '../../components/ui/use-cursor-pages.ts';
import {
  changeRequestsQueryOptions,
  type ChangeRequestFilter,
} from '../../features/change-requests/api/change-requests.ts';
import { ChangeRequestTable } from '../../features/change-requests/components/change-request-table.tsx';

const filterOf = (value: string | null): ChangeRequestFilter => (value === 'all' ? 'all' : 'submitted');

/** Agents: parents' changes of address, phone, email and employer, the longest waiting first. */
export function ChangeRequestsRoute() {
  const { t } = useTranslation('changeRequests');
  const [search] = useSearchParams();
  const filter = filterOf(search.get('show'));
  return (
    <div className="padding-y-4">
      <h1>{t('title')}</h1>
      <p className="usa-intro">{t('intro')}</p>
      <QueueFilter
        id="change-filter"
        label={t('filter.label')}
        param="show"
        value={filter}
        defaultValue="submitted"
        options={[
          { value: 'submitted', label: t('filter.submitted') },
          { value: 'all', label: t('filter.all') },
        ]}
      />
      <ChangeRequestResults key={filter} filter={filter} />
    </div>
  );
}

function ChangeRequestResults({ filter }: { filter: ChangeRequestFilter }) {
  const { t } = useTranslation('changeRequests');
  const pages = useCursorPages();
  const query = useQuery(changeRequestsQueryOptions(filter, pages.cursor));
  return (
    <PagedResults
      pages={pages}
      query={query}
      headingId="change-results-heading"
      heading={t(filter === 'submitted' ? 'table.headingSubmitted' : 'table.headingAll')}
      errorText={t('table.error')}
      emptyText={t('table.none')}
      pagerLabel={t('table.pages')}
    >
      {(items) => <ChangeRequestTable items={items} />}
    </PagedResults>
  );
}
