import type { StaffContactRequest } from '@cos/contracts';
import { useTranslation } from 'react-i18next';
import { formatAgencyDateTime } from '../../../lib/format.ts';

/** What the person sent and how to reach them; the answer once there is one. */
export function ContactRequestDetails({ request }: { request: StaffContactRequest }) {
  const { t, i18n } = useTranslation('contactRequests');
  const language = i18n.resolvedLanguage ?? 'en';
  const row = (label: string, value: string) => (
    <>
      <dt className="text-bold">{label}</dt>
      <dd className="margin-left-0 margin-bottom-1">{value}</dd>
    </>
  );
  return (
    <>
      <dl>
        {row(t('view.status'), t(`statuses.${request.status}`))}
        {row(t('table.submitted'), formatAgencyDateTime(request.submittedAt, language))}
        {row(t('table.name'), request.name)}
        {row(t('view.email'), request.email ?? '—')}
        {row(t('view.phone'), request.phone ?? '—')}
        {row(t('table.caseNumber'), request.caseNumber ?? '—')}
        {row(t('table.topic'), t(`topics.${request.topic}`))}
        {row(t('view.fromAccount'), request.fromAccount ? t('view.yes') : t('view.no'))}
      </dl>
      <h2>{t('view.message')}</h2>
      <p className="text-pre-wrap">{request.message}</p>
      {request.answer && (
        <section aria-labelledby="answered-heading" className="bg-base-lightest padding-2 radius-md">
          <h2 id="answered-heading" className="margin-top-0">
            {t('view.answered')}
          </h2>
          <p className="text-pre-wrap">{request.answer}</p>
          <p className="font-body-2xs text-base-dark margin-bottom-0">
            {t('view.answeredBy', {
              name: request.answeredBy ?? '—',
              when: request.answeredAt ? formatAgencyDateTime(request.answeredAt, language) : '',
            })}
          </p>
        </section>
      )}
    </>
  );
}
