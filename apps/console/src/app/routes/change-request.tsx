import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageLoading } from '../../components/ui/page-loading.tsx';
import { accountPath, paths } from '../../config/paths.ts';
import { changeRequestQueryOptions } from '../../features/change-requests/api/change-requests.ts';
import { ChangeRequestReview } from '../../features/change-requests/components/change-request-review.tsx';
import { ChangeValues } from '../../features/change-requests/components/change-values.tsx';
import { isApiError } from '../../lib/api-client.ts';
import { formatAgencyDateTime } from '../../lib/format.ts';

/** One change request (opening it is audited): on file vs requested, then accept or reject. */
export function ChangeRequestRoute() {
  const { t, i18n } = useTranslation('changeRequests');
  const { id = '' } = useParams();
  const query = useQuery(changeRequestQueryOptions(id));
  const [done, setDone] = useState<'accept' | 'reject' | null>(null);
  const request = query.data;

  return (
    <div className="padding-y-4">
      <p>
        <Link to={paths.changeRequests.path}>{t('view.back')}</Link>
      </p>
      <h1>
        {request
          ? t('view.title', { kind: t(`kinds.${request.kind}`), name: request.customerName })
          : t('view.titleLoading')}
      </h1>
      {query.isPending && <PageLoading />}
      {query.isError && (
        <p role="alert">
          {isApiError(query.error, 'NOT_FOUND') || isApiError(query.error, 'VALIDATION_FAILED')
            ? t('view.notFound')
            : t('table.error')}
        </p>
      )}
      <p role="status">{done ? t(done === 'accept' ? 'review.accepted' : 'review.rejected') : ''}</p>
      {request && (
        <>
          <p>
            {t('view.from')} <Link to={accountPath(request.accountId)}>{request.customerName}</Link> (
            {request.userId}) · {formatAgencyDateTime(request.createdAt, i18n.resolvedLanguage ?? 'en')} ·{' '}
            <span data-status={request.status}>{t(`status.${request.status}`)}</span>
          </p>
          <table className="usa-table usa-table--borderless">
            <caption className="usa-sr-only">{t('view.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{request.status === 'accepted' ? t('view.onFileNow') : t('view.onFile')}</th>
                <th scope="col">{t('view.requested')}</th>
              </tr>
            </thead>
            <tbody>
              <tr>
                <td data-column="current">
                  <ChangeValues values={request.current} />
                </td>
                <td data-column="requested">
                  <ChangeValues values={request.requested} />
                </td>
              </tr>
            </tbody>
          </table>
          {request.status === 'submitted' ? (
            <ChangeRequestReview request={request} onReviewed={setDone} />
          ) : (
            <p>
              {t('view.reviewed', {
                status: t(`status.${request.status}`).toLowerCase(),
                by: request.reviewedBy ?? '—',
              })}
              {request.reviewReason && ` ${t('view.reason', { reason: request.reviewReason })}`}
            </p>
          )}
        </>
      )}
    </div>
  );
}
