import { ErrorSummary, PasswordField, errorFor, type FieldError } from '@cos/ui';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PhoneLink } from '../../../components/ui/phone-link.tsx';
import { paths } from '../../../config/paths.ts';
import { formText, signInFieldIds, validatePassword } from '../lib/sign-in-form.ts';

/**
 * Sign-in step 2: the password. Not connected to the API yet (a later issue does that): a
 * complete form only says that online sign-in is not available.
 */
export function PasswordForm({ userId }: { userId: string }) {
  const { t } = useTranslation('auth');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [attempted, setAttempted] = useState(false);
  const notice = useRef<HTMLDivElement>(null);
  const passwordError = errorFor(errors, signInFieldIds.password);

  useEffect(() => {
    if (attempted) notice.current?.focus();
  }, [attempted]);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problems = validatePassword(formText(event.currentTarget, 'password'));
    setErrors(problems);
    setAttempted(problems.length === 0);
  }

  return (
    <>
      <ErrorSummary errors={errors} />
      {attempted && (
        <div ref={notice} tabIndex={-1} role="status" className="usa-alert usa-alert--info margin-y-3">
          <div className="usa-alert__body">
            <h2 className="usa-alert__heading">{t('notAvailable.heading')}</h2>
            <p className="usa-alert__text">
              {t('notAvailable.text')} <PhoneLink />
            </p>
          </div>
        </div>
      )}
      <p>
        {t('signingInAs')} <strong>{userId}</strong>{' '}
        <Link to={paths.signIn.path} state={{ userId }}>
          {t('changeUserId')}
        </Link>
      </p>
      <form className="usa-form" noValidate onSubmit={submit}>
        {/* Lets password managers pair the saved password with the User ID from step 1. */}
        <input type="text" name="username" autoComplete="username" value={userId} readOnly hidden />
        <PasswordField
          id={signInFieldIds.password}
          name="password"
          label={t('password')}
          hint={t('passwordIntro')}
          error={passwordError && t(passwordError)}
          autoComplete="current-password"
          required
        />
        <button className="usa-button" type="submit">
          {t('signIn')}
        </button>
      </form>
    </>
  );
}
