import { ErrorSummary, TextField, useApiForm } from '@cos/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { requestErrors } from '../../../lib/form-errors.ts';
import { useSessionStore } from '../../../lib/session/session-context.tsx';
import { confirmTotpEnrolment, startTotpEnrolment } from '../api/enrol-totp.ts';
import { normaliseTotp } from '../lib/staff-sign-in-form.ts';

const ids = { start: 'start-enrolment', totp: 'enrol-totp' } as const;

/** The six digits from the app, spaces allowed as apps show them ("123 456"). */
const TotpCode = z.object({
  totp: z
    .string()
    .transform(normaliseTotp)
    .pipe(z.string().regex(/^\d{6}$/)),
});

/** "JBSW Y3DP EHPK 3PXP": easier to type into an app by hand. */
export const groupSecret = (secret: string) => secret.replace(/(.{4})(?=.)/g, '$1 ');

/**
 * TOTP enrolment for a new or reset staff account: the QR code and the secret, shown once (they
 * live in this component's state only and are gone when it unmounts), then a code from the app
 * confirms it and the session becomes a full one. The secret is asked for with a button, not on
 * mount: each request makes a new secret, and a double mount would show one and keep another.
 */
export function TotpEnrolmentPanel() {
  const { t } = useTranslation('auth');
  const queryClient = useQueryClient();
  const store = useSessionStore();
  const heading = useRef<HTMLHeadingElement>(null);
  const { errors, busy, onSubmit, field, showErrors } = useApiForm({
    schema: TotpCode,
    defaultValues: { totp: '' },
    ids: { totp: ids.totp },
    messages: { totp: { required: 'auth:errors.totpRequired', default: 'auth:errors.totpFormat' } },
    submit: ({ totp }) => confirmTotpEnrolment(totp),
    onSuccess: (grant) => {
      // The enrolment-only session is over; the full one starts clean (the page then moves on).
      queryClient.clear();
      store.grant(grant);
    },
    failure: (error, fieldId) => requestErrors(error, ids.totp, fieldId),
  });
  // Asking for the secret is a button, not a form; its failure shows in the same summary.
  const start = useMutation({
    mutationFn: startTotpEnrolment,
    onMutate: () => showErrors([]),
    onError: (error) => showErrors(requestErrors(error, ids.start)),
  });
  const enrolment = start.data;

  useEffect(() => {
    if (enrolment) heading.current?.focus();
  }, [enrolment]);

  return (
    <>
      <ErrorSummary errors={errors} />
      {!enrolment ? (
        <>
          <p>{t('enrol.intro')}</p>
          <ol className="usa-list">
            <li>{t('enrol.stepInstall')}</li>
            <li>{t('enrol.stepScan')}</li>
            <li>{t('enrol.stepConfirm')}</li>
          </ol>
          <button
            id={ids.start}
            type="button"
            className="usa-button"
            disabled={start.isPending}
            onClick={() => start.mutate()}
          >
            {t('enrol.start')}
          </button>
        </>
      ) : (
        <>
          <h2 ref={heading} tabIndex={-1} className="cos-focus-target">
            {t('enrol.scanHeading')}
          </h2>
          <div className="usa-alert usa-alert--warning usa-alert--slim margin-y-2">
            <div className="usa-alert__body">
              <p className="usa-alert__text">{t('enrol.onceOnly')}</p>
            </div>
          </div>
          <img src={enrolment.qrCodeDataUrl} alt={t('enrol.qrAlt')} width={240} height={240} />
          <p>{t('enrol.secretLabel')}</p>
          <p>
            <code className="cos-secret" lang="en">
              {groupSecret(enrolment.secret)}
            </code>
          </p>
          <form className="usa-form" noValidate onSubmit={onSubmit}>
            <TextField
              {...field('totp')}
              label={t('enrol.codeLabel')}
              hint={t('totpHint')}
              inputMode="numeric"
              autoComplete="one-time-code"
              maxLength={7}
              width="small"
              required
            />
            <button type="submit" className="usa-button" disabled={busy}>
              {t('enrol.confirm')}
            </button>
          </form>
        </>
      )}
    </>
  );
}
