import { useQuery, useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { LoaderFunction } from 'react-router';
import { pageLabelKey } from '../../config/paths.ts';
import { changeRequestsQueryOptions } from '../../features/provide-info/api/get-change-requests.ts';
import { contactDetailsQueryOptions } from '../../features/provide-info/api/get-contact-details.ts';
import { ChangeRequestForm } from '../../features/provide-info/components/change-request-form.tsx';
import { ChangeRequestList } from '../../features/provide-info/components/change-request-list.tsx';
import { ContactDetailsSummary } from '../../features/provide-info/components/contact-details-summary.tsx';
import { readyForServices } from '../../lib/session/ready-for-services.ts';
import { session } from '../../lib/session/session.ts';

export function provideInfoLoader(queryClient: QueryClient): LoaderFunction {
  return async () => {
    if (await readyForServices(session)) await queryClient.ensureQueryData(contactDetailsQueryOptions());
    return null;
  };
}

/** Provide Info: what is on file, a change to send for review, and the requests sent so far. */
export function ProvideInfoRoute() {
  const { t } = useTranslation('provideInfo');
  const { data: details } = useSuspenseQuery(contactDetailsQueryOptions());
  const requests = useQuery(changeRequestsQueryOptions());
  return (
    <div className="padding-y-4">
      <h1>{t(pageLabelKey('provideInfo'))}</h1>
      <p className="usa-intro">{t('intro')}</p>
      <div className="grid-row grid-gap-4">
        <section aria-labelledby="on-file-heading" className="tablet:grid-col-5 margin-top-2">
          <h2 id="on-file-heading">{t('onFileHeading')}</h2>
          <ContactDetailsSummary details={details} />
        </section>
        <section aria-labelledby="change-heading" className="tablet:grid-col-7 margin-top-2">
          <h2 id="change-heading">{t('form.heading')}</h2>
          <p>{t('form.intro')}</p>
          <ChangeRequestForm />
        </section>
      </div>
      <section aria-labelledby="requests-heading" className="margin-top-5">
        <h2 id="requests-heading">{t('list.heading')}</h2>
        {requests.isPending && <p>{t('common:loadingPage')}</p>}
        {requests.isError && <p role="alert">{t('list.error')}</p>}
        {requests.data && <ChangeRequestList items={requests.data.items} />}
      </section>
    </div>
  );
}
