import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageLoading } from '../../components/ui/page-loading.tsx';
import { paths } from '../../config/paths.ts';
import { applicationQueryOptions } from '../../features/applications/api/applications.ts';
import { ApplicationDetails } from '../../features/applications/components/application-details.tsx';
import { StatusForm } from '../../features/applications/components/status-form.tsx';
import { isApiError } from '../../lib/api-client.ts';

/** One application (opening it is audited) and the buttons for the moves its status allows. */
export function ApplicationRoute() {
  const { t } = useTranslation('applications');
  const { id = '' } = useParams();
  const application = useQuery(applicationQueryOptions(id));
  const [moved, setMoved] = useState<string | null>(null);

  return (
    <div className="padding-y-4">
      <p>
        <Link to={paths.applications.path}>{t('view.back')}</Link>
      </p>
      <h1>
        {application.data
          ? t('view.title', { number: application.data.confirmationNumber })
          : t('view.titleLoading')}
      </h1>
      {application.isPending && <PageLoading />}
      {application.isError && (
        <p role="alert">
          {isApiError(application.error, 'NOT_FOUND') || isApiError(application.error, 'VALIDATION_FAILED')
            ? t('view.notFound')
            : t('table.error')}
        </p>
      )}
      <p role="status">{moved ? t('move.done', { status: moved }) : ''}</p>
      {application.data && (
        <>
          <ApplicationDetails application={application.data} />
          <StatusForm
            key={application.data.status}
            application={application.data}
            onMoved={(next) => setMoved(t(`statuses.${next.status}`))}
          />
        </>
      )}
    </div>
  );
}
