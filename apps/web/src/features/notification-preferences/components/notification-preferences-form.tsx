import { NotificationPreferences, type NotificationPreferencesView } from '@cos/contracts';
import { CheckboxField, ErrorSummary, useApiForm, type FieldError } from '@cos/ui';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { pageLabelKey, paths } from '../../../config/paths.ts';
import { isApiError } from '../../../lib/api-client.ts';
import { serverFieldErrors } from '../../../lib/form-errors.ts';
import { requestFailure } from '../../../lib/request-failure.ts';
import { saveNotificationPreferences } from '../api/notification-preferences.ts';

const ids = { paymentsByEmail: 'notify-payments', noticesByEmail: 'notify-notices' } as const;

/** Two email choices. Without an email on file they are off and cannot be turned on: Provide Info first. */
export function NotificationPreferencesForm({ current }: { current: NotificationPreferencesView }) {
  const { t } = useTranslation('notifications');
  const queryClient = useQueryClient();
  const success = useRef<HTMLDivElement>(null);
  const noEmail = current.emailOnFile === null;
  const { form, mutation, errors, busy, onSubmit, field } = useApiForm({
    schema: NotificationPreferences,
    defaultValues: { paymentsByEmail: current.paymentsByEmail, noticesByEmail: current.noticesByEmail },
    ids,
    submit: saveNotificationPreferences,
    onSuccess: (view) => queryClient.setQueryData(['notification-preferences'], view),
    failure: (error, fieldId): FieldError[] =>
      isApiError(error, 'VALIDATION_FAILED')
        ? serverFieldErrors(error, fieldId, ids.paymentsByEmail)
        : requestFailure(error, ids.paymentsByEmail, (count) => t('auth:errors.rateLimited', { count })),
  });
  // A box without an email on file cannot be turned on (only off).
  const [payments, notices] = useWatch({
    control: form.control,
    name: ['paymentsByEmail', 'noticesByEmail'],
  });
  // Each save shows (and focuses) the confirmation anew; a failed one takes it away.
  const saved = mutation.isSuccess ? mutation.submittedAt : 0;

  useEffect(() => {
    if (saved > 0) success.current?.focus();
  }, [saved]);

  return (
    <>
      {noEmail ? (
        <div className="usa-alert usa-alert--info margin-y-3">
          <div className="usa-alert__body">
            <p className="usa-alert__text">
              {t('noEmail')} <Link to={paths.provideInfo.path}>{t(pageLabelKey('provideInfo'))}</Link>
            </p>
          </div>
        </div>
      ) : (
        <p>{t('emailOnFile', { email: current.emailOnFile })}</p>
      )}
      {saved > 0 && (
        <div
          key={saved}
          ref={success}
          tabIndex={-1}
          className="usa-alert usa-alert--success usa-alert--slim margin-y-3"
          role="status"
        >
          <div className="usa-alert__body">
            <p className="usa-alert__text">{t('saved')}</p>
          </div>
        </div>
      )}
      <ErrorSummary errors={errors} />
      <form className="usa-form usa-form--large" noValidate onSubmit={onSubmit}>
        <fieldset className="usa-fieldset">
          <legend className="usa-legend">{t('legend')}</legend>
          <CheckboxField
            {...field('paymentsByEmail')}
            label={t('payments')}
            disabled={noEmail && !payments}
          />
          <CheckboxField {...field('noticesByEmail')} label={t('notices')} disabled={noEmail && !notices} />
        </fieldset>
        <button className="usa-button" type="submit" disabled={busy}>
          {t('save')}
        </button>
      </form>
    </>
  );
}
