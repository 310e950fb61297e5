import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageLoading } from '../../components/ui/page-loading.tsx';
import { paths } from '../../config/paths.ts';
import { contactRequestQueryOptions } from '../../features/contact-requests/api/contact-requests.ts';
import { AnswerForm } from '../../features/contact-requests/components/answer-form.tsx';
import { ContactRequestDetails } from '../../features/contact-requests/components/contact-request-details.tsx';
import { isApiError } from '../../lib/api-client.ts';

/** One contact request (opening it is audited) and, while it is open, the answer form. */
export function ContactRequestRoute() {
  const { t } = useTranslation('contactRequests');
  const { id = '' } = useParams();
  const request = useQuery(contactRequestQueryOptions(id));
  const [justAnswered, setJustAnswered] = useState(false);

  return (
    <div className="padding-y-4">
      <p>
        <Link to={paths.contactRequests.path}>{t('view.back')}</Link>
      </p>
      <h1>
        {request.data ? t('view.title', { number: request.data.confirmationNumber }) : t('view.titleLoading')}
      </h1>
      {request.isPending && <PageLoading />}
      {request.isError && (
        <p role="alert">
          {isApiError(request.error, 'NOT_FOUND') || isApiError(request.error, 'VALIDATION_FAILED')
            ? t('view.notFound')
            : t('table.error')}
        </p>
      )}
      <p role="status">{justAnswered ? t('answer.done') : ''}</p>
      {request.data && (
        <>
          <ContactRequestDetails request={request.data} />
          {request.data.status === 'open' && (
            <AnswerForm request={request.data} onAnswered={() => setJustAnswered(true)} />
          )}
        </>
      )}
    </div>
  );
}
