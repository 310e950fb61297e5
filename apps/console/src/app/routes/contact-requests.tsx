import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PagedResults } from '../../components/ui/paged-results.tsx';
import { QueueFilter } from '../../components/ui/queue-filter.tsx';
import { useCursorPages } from '../../components/ui/use-cursor-pages.ts';
import {
  contactRequestsQueryOptions,
  type ContactRequestStatus,
} from '../../features/contact-requests/api/contact-requests.ts';
import { ContactRequestTable } from '../../features/contact-requests/components/contact-request-table.tsx';

const statusOf = (value: string | null): ContactRequestStatus => (value === 'answered' ? 'answered' : 'open');

/** Agents: contact requests from the portal, the longest waiting first; open one to answer it. */
export function ContactRequestsRoute() {
  const { t } = useTranslation('contactRequests');
  const [search] = useSearchParams();
  const status = statusOf(search.get('status'));

  return (
    <div className="padding-y-4">
      <h1>{t('title')}</h1>
      <p className="usa-intro">{t('intro')}</p>
      <QueueFilter
        id="contact-status"
        label={t('filter.label')}
        param="status"
        value={status}
        defaultValue="open"
        options={[
          { value: 'open', label: t('filter.open') },
          { value: 'answered', label: t('filter.answered') },
        ]}
      />
      {/* Another status starts again at the first page. */}
      <ContactRequestResults key={status} status={status} />
    </div>
  );
}

function ContactRequestResults({ status }: { status: ContactRequestStatus }) {
  const { t } = useTranslation('contactRequests');
  const pages = useCursorPages();
  const query = useQuery(contactRequestsQueryOptions(status, pages.cursor));
  return (
    <PagedResults
      pages={pages}
      query={query}
      headingId="contact-results-heading"
      heading={t(status === 'open' ? 'table.headingOpen' : 'table.headingAnswered')}
      errorText={t('table.error')}
      emptyText={t(status === 'open' ? 'table.noneOpen' : 'table.noneAnswered')}
      pagerLabel={t('table.pages')}
    >
      {(items) => <ContactRequestTable items={items} />}
    </PagedResults>
  );
}
