import { CheckboxField, ErrorSummary, LegalWarning, PasswordField, TextField, errorFor, type FieldError } from '@cos/ui';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { readStaffSignIn, staffFieldIds, validateStaffSignIn } from '../lib/staff-sign-in-form.ts';

/**
 * Staff sign-in: username, password, authenticator code, and an explicit acknowledgement of the
 * legal warning. Not connected to the API yet; a complete form says so instead of submitting.
 */
export function StaffSignInForm() {
  const { t } = useTranslation('auth');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [complete, setComplete] = useState(false);
  const notice = useRef<HTMLDivElement>(null);
  const message = (fieldId: string) => {
    const key = errorFor(errors, fieldId);
    return key && t(key);
  };

  useEffect(() => {
    if (complete) notice.current?.focus();
  }, [complete]);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problems = validateStaffSignIn(readStaffSignIn(event.currentTarget));
    setErrors(problems);
    setComplete(problems.length === 0);
  }

  return (
    <>
      <ErrorSummary errors={errors} />
      {complete && (
        <div ref={notice} tabIndex={-1} role="status" className="usa-alert usa-alert--info margin-y-3">
          <div className="usa-alert__body">
            <h2 className="usa-alert__heading">{t('notAvailable.heading')}</h2>
            <p className="usa-alert__text">{t('notAvailable.text')}</p>
          </div>
        </div>
      )}
      <form className="usa-form usa-form--large" noValidate onSubmit={submit}>
        <TextField
          id={staffFieldIds.username}
          name="username"
          label={t('username')}
          error={message(staffFieldIds.username)}
          autoComplete="username"
          autoCapitalize="off"
          spellCheck={false}
          required
        />
        <PasswordField
          id={staffFieldIds.password}
          name="password"
          label={t('password')}
          error={message(staffFieldIds.password)}
          autoComplete="current-password"
          required
        />
        <TextField
          id={staffFieldIds.totp}
          name="totp"
          label={t('totp')}
          hint={t('totpHint')}
          error={message(staffFieldIds.totp)}
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={7}
          width="small"
          required
        />
        <LegalWarning />
        <CheckboxField
          id={staffFieldIds.acknowledged}
          name="acknowledged"
          label={t('acknowledge')}
          error={message(staffFieldIds.acknowledged)}
          required
        />
        <button className="usa-button" type="submit">
          {t('submit')}
        </button>
      </form>
    </>
  );
}
