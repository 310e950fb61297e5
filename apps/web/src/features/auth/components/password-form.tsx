import { ErrorSummary, PasswordField, errorText, type FieldError } from '@cos/ui';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { PhoneLink } from '../../../components/ui/phone-link.tsx';
import { paths, safeNextPath } from '../../../config/paths.ts';
import { isApiError } from '../../../lib/api-client.ts';
import { signIn } from '../api/sign-in.ts';
import { formText, nextSearch, signInFieldIds, validatePassword } from '../lib/sign-in-form.ts';
import { requestFailure } from '../../../lib/request-failure.ts';

/** Sign-in step 2: the password, for the User ID typed in step 1. */
export function PasswordForm({ userId }: { userId: string }) {
  const { t } = useTranslation('auth');
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [search] = useSearchParams();
  const next = safeNextPath(search.get('next'));
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [invalid, setInvalid] = useState(false);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const password = formText(event.currentTarget, 'password');
    const problems = validatePassword(password);
    setErrors(problems);
    setInvalid(false);
    if (problems.length > 0) return;
    setBusy(true);
    try {
      const grant = await signIn({ userId, password });
      if ('secondFactor' in grant) {
        await navigate(`${paths.signInCode.path}${nextSearch(next)}`, { state: grant.secondFactor });
        return;
      }
      // Whatever was cached belongs to whoever used this tab before.
      queryClient.clear();
      await navigate(grant.mustChangePassword ? paths.changePassword.path : (next ?? paths.myCase.path), {
        replace: true,
      });
    } catch (error) {
      // Wrong password, unknown ID, locked or disabled: the server gives one answer, and so do we.
      if (isApiError(error, 'INVALID_CREDENTIALS')) {
        setInvalid(true);
        setErrors([{ fieldId: signInFieldIds.password, messageKey: 'auth:errors.invalidCredentials' }]);
      } else
        setErrors(
          requestFailure(error, signInFieldIds.password, (count) => t('errors.rateLimited', { count })),
        );
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <ErrorSummary errors={errors}>
        {invalid && (
          <p className="usa-alert__text">
            <Trans
              t={t}
              i18nKey="errors.invalidCredentialsHelp"
              components={{ forgot: <Link to={paths.forgot.path} />, phone: <PhoneLink /> }}
            />
          </p>
        )}
      </ErrorSummary>
      <p>
        {t('signingInAs')} <strong>{userId}</strong>{' '}
        <Link to={`${paths.signIn.path}${nextSearch(next)}`} state={{ userId }}>
          {t('notYou')}
        </Link>
      </p>
      <form className="usa-form" noValidate onSubmit={(event) => void submit(event)}>
        {/* Lets password managers pair the saved password with the User ID from step 1. */}
        <input type="text" name="username" autoComplete="username" value={userId} readOnly hidden />
        <PasswordField
          id={signInFieldIds.password}
          name="password"
          label={t('password')}
          hint={t('passwordIntro')}
          error={errorText(errors, signInFieldIds.password, t)}
          autoComplete="current-password"
          required
        />
        <button className="usa-button" type="submit" disabled={busy}>
          {t('signIn')}
        </button>
      </form>
      <p className="margin-top-3">
        <Link to={paths.forgot.path}>{t('forgot')}</Link>
      </p>
    </>
  );
}
