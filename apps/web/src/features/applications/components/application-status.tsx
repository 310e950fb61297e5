import { ApplicationStatusRequest, type ApplicationSummary } from '@cos/contracts';
import { ErrorSummary, TextField, useApiForm, type FieldError } from '@cos/ui';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { formatAgencyDate } from '../../../lib/format/agency-time.ts';
import { isApiError } from '../../../lib/api-client.ts';
import { requestFailure } from '../../../lib/request-failure.ts';
import { getApplicationStatus } from '../api/get-application-status.ts';

const ids = {
  confirmationNumber: 'status-confirmation-number',
  dateOfBirth: 'status-date-of-birth',
} as const;

/** One application's status, shown as a short summary list. */
export function ApplicationStatusSummary({ application }: { application: ApplicationSummary }) {
  const { t, i18n } = useTranslation('apply');
  const language = i18n.resolvedLanguage ?? 'en';
  return (
    <dl className="cos-summary-list">
      <dt className="text-bold">{t('status.number')}</dt>
      <dd className="margin-left-0 margin-bottom-1">{application.confirmationNumber}</dd>
      <dt className="text-bold">{t('status.state')}</dt>
      <dd className="margin-left-0 margin-bottom-1">{t(`statuses.${application.status}`)}</dd>
      {application.statusReason && (
        <>
          <dt className="text-bold">{t('status.reason')}</dt>
          <dd className="margin-left-0 margin-bottom-1 text-pre-wrap">{application.statusReason}</dd>
        </>
      )}
      <dt className="text-bold">{t('status.submitted')}</dt>
      <dd className="margin-left-0 margin-bottom-1">{formatAgencyDate(application.submittedAt, language)}</dd>
      <dt className="text-bold">{t('status.children')}</dt>
      <dd className="margin-left-0 margin-bottom-1">{application.childCount}</dd>
    </dl>
  );
}

/** The lookup's boxes, trimmed, as ApplicationStatusRequest. */
const StatusLookupValues = z.object({
  confirmationNumber: z.string().trim().pipe(ApplicationStatusRequest.shape.confirmationNumber),
  dateOfBirth: z.string().trim().pipe(ApplicationStatusRequest.shape.dateOfBirth),
});

/** Status lookup: the confirmation number and the applicant's date of birth, nothing else. */
export function ApplicationStatusLookup() {
  const { t } = useTranslation('apply');
  const { mutation, errors, busy, onSubmit, field } = useApiForm({
    schema: StatusLookupValues,
    defaultValues: { confirmationNumber: '', dateOfBirth: '' },
    ids,
    messages: {
      confirmationNumber: 'apply:errors.confirmationNumber',
      dateOfBirth: 'apply:errors.dateOfBirth',
    },
    submit: getApplicationStatus,
    failure: (error): FieldError[] =>
      isApiError(error, 'NOT_FOUND')
        ? [{ fieldId: ids.confirmationNumber, messageKey: 'apply:errors.notFound' }]
        : requestFailure(error, ids.confirmationNumber, (count) => t('auth:errors.rateLimited', { count })),
  });
  const found = mutation.data;

  return (
    <>
      <ErrorSummary errors={errors} />
      <form className="usa-form" noValidate onSubmit={onSubmit}>
        <TextField
          {...field('confirmationNumber')}
          label={t('status.number')}
          hint={t('status.numberHint')}
          autoComplete="off"
        />
        <TextField
          {...field('dateOfBirth')}
          type="date"
          label={t('status.dateOfBirth')}
          hint={t('fields.dateHint')}
        />
        <button className="usa-button" type="submit" disabled={busy}>
          {t('status.submit')}
        </button>
      </form>
      <div role="status" className="margin-top-3">
        {found && (
          <>
            <h3>{t('status.found')}</h3>
            <ApplicationStatusSummary application={found} />
          </>
        )}
      </div>
    </>
  );
}
