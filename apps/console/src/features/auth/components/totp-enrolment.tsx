import type { TotpEnrolment as Enrolment } from '@cos/contracts';
import { ErrorSummary, TextField, errorText, type FieldError } from '@cos/ui';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { requestErrors } from '../../../lib/form-errors.ts';
import { useSessionStore } from '../../../lib/session/session-context.tsx';
import { confirmTotpEnrolment, startTotpEnrolment } from '../api/enrol-totp.ts';
import { normaliseTotp } from '../lib/staff-sign-in-form.ts';

const ids = { start: 'start-enrolment', totp: 'enrol-totp' } as const;

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
  const [enrolment, setEnrolment] = useState<Enrolment | null>(null);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (enrolment) heading.current?.focus();
  }, [enrolment]);

  async function start() {
    setBusy(true);
    setErrors([]);
    try {
      setEnrolment(await startTotpEnrolment());
    } catch (error) {
      setErrors(requestErrors(error, ids.start));
    } finally {
      setBusy(false);
    }
  }

  async function confirm(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const value = new FormData(event.currentTarget).get('totp');
    const totp = normaliseTotp(typeof value === 'string' ? value : '');
    if (!/^\d{6}$/.test(totp)) {
      setErrors([
        { fieldId: ids.totp, messageKey: totp ? 'auth:errors.totpFormat' : 'auth:errors.totpRequired' },
      ]);
      return;
    }
    setBusy(true);
    try {
      const grant = await confirmTotpEnrolment(totp);
      // The enrolment-only session is over; the full one starts clean (the page then moves on).
      queryClient.clear();
      store.grant(grant);
    } catch (error) {
      setErrors(requestErrors(error, ids.totp, (field) => (field === 'totp' ? ids.totp : undefined)));
    } finally {
      setBusy(false);
    }
  }

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
            disabled={busy}
            onClick={() => void start()}
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
          <form className="usa-form" noValidate onSubmit={(event) => void confirm(event)}>
            <TextField
              id={ids.totp}
              name="totp"
              label={t('enrol.codeLabel')}
              hint={t('totpHint')}
              error={errorText(errors, ids.totp, t)}
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
