import { ApplicationStatusRequest, type ApplicationSummary } from '@cos/contracts';
import { ErrorSummary, TextField, errorText, type FieldError } from '@cos/ui';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatAgencyDate } from '../../../lib/format/agency-time.ts';
import { isApiError } from '../../../lib/api-client.ts';
import { requestFailure } from '../../../lib/request-failure.ts';
import { getApplicationStatus } from '../api/get-application-status.ts';

const ids = { number: 'status-confirmation-number', dob: 'status-date-of-birth' } as const;

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

/** Status lookup: the confirmation number and the applicant's date of birth, nothing else. */
export function ApplicationStatusLookup() {
  const { t } = useTranslation('apply');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [found, setFound] = useState<ApplicationSummary | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => (typeof form.get(name) === 'string' ? String(form.get(name)).trim() : '');
    const parsed = ApplicationStatusRequest.safeParse({
      confirmationNumber: text('confirmationNumber'),
      dateOfBirth: text('dateOfBirth'),
    });
    setFound(null);
    if (!parsed.success) {
      const bad = new Set(parsed.error.issues.map((issue) => issue.path[0]));
      setErrors([
        ...(bad.has('confirmationNumber')
          ? [{ fieldId: ids.number, messageKey: 'apply:errors.confirmationNumber' }]
          : []),
        ...(bad.has('dateOfBirth') ? [{ fieldId: ids.dob, messageKey: 'apply:errors.dateOfBirth' }] : []),
      ]);
      return;
    }
    setErrors([]);
    setBusy(true);
    try {
      setFound(await getApplicationStatus(parsed.data));
    } catch (error) {
      setErrors(
        isApiError(error, 'NOT_FOUND')
          ? [{ fieldId: ids.number, messageKey: 'apply:errors.notFound' }]
          : requestFailure(error, ids.number, (count) => t('auth:errors.rateLimited', { count })),
      );
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <ErrorSummary errors={errors} />
      <form className="usa-form" noValidate onSubmit={(event) => void submit(event)}>
        <TextField
          id={ids.number}
          name="confirmationNumber"
          label={t('status.number')}
          hint={t('status.numberHint')}
          error={errorText(errors, ids.number, t)}
          autoComplete="off"
        />
        <TextField
          id={ids.dob}
          name="dateOfBirth"
          type="date"
          label={t('status.dateOfBirth')}
          hint={t('fields.dateHint')}
          error={errorText(errors, ids.dob, t)}
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
