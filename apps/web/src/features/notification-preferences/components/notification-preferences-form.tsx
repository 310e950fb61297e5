import type { NotificationPreferencesView } from '@cos/contracts';
import { CheckboxField, ErrorSummary, errorText, type FieldError } from '@cos/ui';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { pageLabelKey, paths } from '../../../config/paths.ts';
import { isApiError } from '../../../lib/api-client.ts';
import { serverFieldErrors } from '../../../lib/form-errors.ts';
import { requestFailure } from '../../../lib/request-failure.ts';
import { saveNotificationPreferences } from '../api/notification-preferences.ts';

const ids = { paymentsByEmail: 'notify-payments', noticesByEmail: 'notify-notices' } as const;
const fieldId = (field: string) =>
  field === 'paymentsByEmail' || field === 'noticesByEmail' ? ids[field] : undefined;

/** Two email choices. Without an email on file they are off and cannot be turned on: Provide Info first. */
export function NotificationPreferencesForm({ current }: { current: NotificationPreferencesView }) {
  const { t } = useTranslation('notifications');
  const queryClient = useQueryClient();
  const [payments, setPayments] = useState(current.paymentsByEmail);
  const [notices, setNotices] = useState(current.noticesByEmail);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [saved, setSaved] = useState(0);
  const [busy, setBusy] = useState(false);
  const success = useRef<HTMLDivElement>(null);
  const noEmail = current.emailOnFile === null;

  useEffect(() => {
    if (saved > 0) success.current?.focus();
  }, [saved]);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setErrors([]);
    setBusy(true);
    try {
      const view = await saveNotificationPreferences({ paymentsByEmail: payments, noticesByEmail: notices });
      queryClient.setQueryData(['notification-preferences'], view);
      setSaved((count) => count + 1);
    } catch (error) {
      setSaved(0);
      if (isApiError(error, 'VALIDATION_FAILED'))
        setErrors(serverFieldErrors(error, fieldId, ids.paymentsByEmail));
      else
        setErrors(
          requestFailure(error, ids.paymentsByEmail, (count) => t('auth:errors.rateLimited', { count })),
        );
    } finally {
      setBusy(false);
    }
  }

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
      <form className="usa-form usa-form--large" noValidate onSubmit={(event) => void submit(event)}>
        <fieldset className="usa-fieldset">
          <legend className="usa-legend">{t('legend')}</legend>
          <CheckboxField
            id={ids.paymentsByEmail}
            name="paymentsByEmail"
            label={t('payments')}
            checked={payments}
            disabled={noEmail && !payments}
            error={errorText(errors, ids.paymentsByEmail, t)}
            onChange={(event) => setPayments(event.target.checked)}
          />
          <CheckboxField
            id={ids.noticesByEmail}
            name="noticesByEmail"
            label={t('notices')}
            checked={notices}
            disabled={noEmail && !notices}
            error={errorText(errors, ids.noticesByEmail, t)}
            onChange={(event) => setNotices(event.target.checked)}
          />
        </fieldset>
        <button className="usa-button" type="submit" disabled={busy}>
          {t('save')}
        </button>
      </form>
    </>
  );
}
