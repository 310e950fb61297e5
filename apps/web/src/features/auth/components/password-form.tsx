import { SignInRequest } from '@cos/contracts';
import { ErrorSummary, PasswordField, useApiForm } from '@cos/ui';
import { useQueryClient } from '@tanstack/react-query';
import { Trans, useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { PhoneLink } from '../../../components/ui/phone-link.tsx';
import { paths, safeNextPath } from '../../../config/paths.ts';
import { isApiError } from '../../../lib/api-client.ts';
import { signIn } from '../api/sign-in.ts';
import { nextSearch, signInFieldIds } from '../lib/sign-in-form.ts';
import { requestFailure } from '../../../lib/request-failure.ts';

/** Sign-in step 2: the password, for the User ID typed in step 1. */
export function PasswordForm({ userId }: { userId: string }) {
  const { t } = useTranslation('auth');
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [search] = useSearchParams();
  const next = safeNextPath(search.get('next'));
  const { mutation, errors, busy, onSubmit, field } = useApiForm({
    schema: SignInRequest.pick({ password: true }),
    defaultValues: { password: '' },
    ids: signInFieldIds,
    messages: { password: 'auth:errors.passwordRequired' },
    submit: ({ password }) => signIn({ userId, password }),
    onSuccess: async (grant): Promise<void> => {
      // A second factor is on: the code step, with the hand-over in history state (not the URL).
      if ('secondFactor' in grant) {
        await navigate(`${paths.signInCode.path}${nextSearch(next)}`, { state: grant.secondFactor });
        return;
      }
      // Whatever was cached belongs to whoever used this tab before.
      queryClient.clear();
      await navigate(grant.mustChangePassword ? paths.changePassword.path : (next ?? paths.myCase.path), {
        replace: true,
      });
    },
    failure: (error) =>
      // Wrong password, unknown ID, locked or disabled: the server gives one answer, and so do we.
      isApiError(error, 'INVALID_CREDENTIALS')
        ? [{ fieldId: signInFieldIds.password, messageKey: 'auth:errors.invalidCredentials' }]
        : requestFailure(error, signInFieldIds.password, (count) => t('errors.rateLimited', { count })),
  });
  const invalid = isApiError(mutation.error, 'INVALID_CREDENTIALS');

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
      <form className="usa-form" noValidate onSubmit={onSubmit}>
        {/* Lets password managers pair the saved password with the User ID from step 1. */}
        <input type="text" name="username" autoComplete="username" value={userId} readOnly hidden />
        <PasswordField
          {...field('password')}
          label={t('password')}
          hint={t('passwordIntro')}
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
