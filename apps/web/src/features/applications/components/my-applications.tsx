import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { myApplicationsQueryOptions } from '../api/get-my-applications.ts';
import { ApplicationStatusSummary } from './application-status.tsx';

/** A signed-in parent's applications (those sent while signed in), newest first. */
export function MyApplications() {
  const { t } = useTranslation('apply');
  const applications = useQuery(myApplicationsQueryOptions());
  if (applications.isPending) return <p>{t('mine.loading')}</p>;
  if (applications.isError) return <p role="alert">{t('mine.error')}</p>;
  if (applications.data.items.length === 0) return <p>{t('mine.none')}</p>;
  return (
    <ul className="usa-list usa-list--unstyled">
      {applications.data.items.map((application) => (
        <li
          key={application.confirmationNumber}
          className="border-bottom-1px border-base-lighter padding-y-2"
        >
          <ApplicationStatusSummary application={application} />
        </li>
      ))}
    </ul>
  );
}
