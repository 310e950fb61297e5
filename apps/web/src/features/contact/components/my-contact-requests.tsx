import './contact.css';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatAgencyDate } from '../../../lib/format/agency-time.ts';
import { myContactRequestsQueryOptions } from '../api/get-my-contact-requests.ts';

/** A signed-in parent's requests, each with its answer once the contact center has given one. */
export function MyContactRequests() {
  const { t, i18n } = useTranslation('contact');
  const language = i18n.resolvedLanguage ?? 'en';
  const requests = useQuery(myContactRequestsQueryOptions());
  if (requests.isPending) return <p>{t('mine.loading')}</p>;
  if (requests.isError) return <p role="alert">{t('mine.error')}</p>;
  if (requests.data.items.length === 0) return <p>{t('mine.none')}</p>;
  return (
    <ul className="usa-list usa-list--unstyled">
      {requests.data.items.map((request) => (
        <li key={request.confirmationNumber} className="border-bottom-1px border-base-lighter padding-y-2">
          <h3 className="margin-y-0">
            {request.confirmationNumber} · {t(`topics.${request.topic}`)}
          </h3>
          <p className="margin-y-1 text-base-dark">
            {t('mine.sent', { date: formatAgencyDate(request.submittedAt, language) })} ·{' '}
            {t(`statuses.${request.status}`)}
          </p>
          <p className="margin-y-1 cos-pre-wrap">{request.message}</p>
          {request.answer && (
            <div className="bg-base-lightest padding-2 radius-md">
              <p className="text-bold margin-y-0">
                {t('mine.answer', {
                  date: request.answeredAt ? formatAgencyDate(request.answeredAt, language) : '',
                })}
              </p>
              <p className="margin-y-1 cos-pre-wrap">{request.answer}</p>
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}
