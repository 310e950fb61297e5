import {
  VerifyEmailConfirmation,
  type EmailConfirmationSent,
  type NotificationPreferencesView,
} from '@cos/contracts';
import { ErrorSummary, TextField, useApiForm } from '@cos/ui';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { isApiError } from '../../../lib/api-client.ts';
import { serverFieldErrors } from '../../../lib/form-errors.ts';
import { requestFailure } from '../../../lib/request-failure.ts';
import { notificationPreferencesQueryOptions } from '../api/notification-preferences.ts';
import { sendEmailConfirmation, verifyEmailConfirmation } from '../api/email-confirmation.ts';

/** The element the registration page and My Case link to while the address is unconfirmed. */
export const CONFIRM_EMAIL_ANCHOR = 'confirm-email';
const sendId = 'confirm-email-send';
const codeId = 'confirm-email-code';

/**
 * "Confirm your email address" (docs/security.md, "Confirmed email addresses"): case mail goes
 * only to a confirmed address, so while the one on file is not, this asks for a code and takes it.
 */
export function ConfirmEmailSection({ current }: { current: NotificationPreferencesView }) {
  const { t } = useTranslation('notifications');
  const queryClient = useQueryClient();
  const [sent, setSent] = useState<EmailConfirmationSent | null>(null);
  const [confirmed, setConfirmed] = useState(false);
  const status = useRef<HTMLDivElement>(null);
  const rateLimited = (count: number) => t('auth:errors.rateLimited', { count });

  const send = useApiForm({
    schema: z.object({}),
    submit: () => sendEmailConfirmation(),
    onSuccess: (result) => setSent(result),
    failure: (error) =>
      isApiError(error, 'CONFLICT')
        ? [{ fieldId: sendId, messageKey: 'notifications:confirmEmail.alreadyConfirmed' }]
        : isApiError(error, 'VALIDATION_FAILED')
          ? serverFieldErrors(error, () => sendId, sendId)
          : requestFailure(error, sendId, rateLimited),
  });
  const verify = useApiForm({
    schema: VerifyEmailConfirmation,
    defaultValues: { code: '' },
    ids: { code: codeId },
    messages: { code: { required: 'auth:code.required', default: 'auth:secondFactor.codeFormat' } },
    submit: ({ code }) => verifyEmailConfirmation(code),
    onSuccess: () => {
      setConfirmed(true);
      return queryClient.invalidateQueries({ queryKey: notificationPreferencesQueryOptions().queryKey });
    },
    failure: (error, fieldId) =>
      isApiError(error, 'VALIDATION_FAILED')
        ? serverFieldErrors(error, fieldId, codeId)
        : requestFailure(error, codeId, rateLimited),
  });

  useEffect(() => {
    if (sent || confirmed) status.current?.focus();
  }, [sent, confirmed]);

  if (current.emailOnFile === null || (current.emailConfirmed && !confirmed)) return null;

  return (
    <section id={CONFIRM_EMAIL_ANCHOR} aria-labelledby="confirm-email-heading" className="margin-y-4">
      <h2 id="confirm-email-heading">{t('confirmEmail.heading')}</h2>
      {confirmed ? (
        <div
          ref={status}
          tabIndex={-1}
          className="usa-alert usa-alert--success usa-alert--slim"
          role="status"
        >
          <div className="usa-alert__body">
            <p className="usa-alert__text">{t('confirmEmail.confirmed', { email: current.emailOnFile })}</p>
          </div>
        </div>
      ) : (
        <>
          <p>{t('confirmEmail.intro', { email: current.emailOnFile })}</p>
          {sent && (
            <div
              ref={status}
              tabIndex={-1}
              className="usa-alert usa-alert--info usa-alert--slim"
              role="status"
            >
              <div className="usa-alert__body">
                <p className="usa-alert__text">{t('confirmEmail.sent', { email: sent.sentTo })}</p>
              </div>
            </div>
          )}
          <ErrorSummary errors={send.errors} />
          <form className="usa-form" noValidate onSubmit={send.onSubmit}>
            <button
              id={sendId}
              className={`usa-button${sent ? ' usa-button--outline' : ''}`}
              type="submit"
              disabled={send.busy}
            >
              {t(sent ? 'confirmEmail.resend' : 'confirmEmail.send')}
            </button>
          </form>
          {sent && (
            <>
              <ErrorSummary errors={verify.errors} />
              <form className="usa-form" noValidate onSubmit={verify.onSubmit}>
                <TextField
                  {...verify.field('code')}
                  label={t('confirmEmail.codeLabel')}
                  hint={t('auth:secondFactor.codeHint')}
                  inputMode="numeric"
                  autoComplete="one-time-code"
                  maxLength={6}
                  width="small"
                  required
                />
                <button className="usa-button" type="submit" disabled={verify.busy}>
                  {t('confirmEmail.confirm')}
                </button>
              </form>
            </>
          )}
        </>
      )}
    </section>
  );
}
