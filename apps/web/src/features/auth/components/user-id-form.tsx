import { IdentifyRequest } from '@cos/contracts';
import { ErrorSummary, TextField, useApiForm } from '@cos/ui';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { paths, safeNextPath } from '../../../config/paths.ts';
import { requestFailure } from '../../../lib/request-failure.ts';
import { identify } from '../api/identify.ts';
import { nextSearch, readSignInState, signInFieldIds } from '../lib/sign-in-form.ts';

/** Sign-in step 1: the User ID. The answer never says whether the ID exists (that is step 2's job). */
export function UserIdForm() {
  const { t } = useTranslation('auth');
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const next = safeNextPath(search.get('next'));
  // Coming back with "Not you?" keeps what was typed.
  const previous = readSignInState(useLocation().state);
  const { errors, busy, onSubmit, field } = useApiForm({
    schema: IdentifyRequest,
    defaultValues: { userId: previous?.userId ?? '' },
    ids: signInFieldIds,
    messages: { userId: 'auth:errors.userIdRequired' },
    submit: async ({ userId }) => {
      await identify(userId);
      return userId;
    },
    onSuccess: (userId) => navigate(`${paths.signInPassword.path}${nextSearch(next)}`, { state: { userId } }),
    failure: (error) =>
      requestFailure(error, signInFieldIds.userId, (count) => t('errors.rateLimited', { count })),
  });

  return (
    <>
      <ErrorSummary errors={errors} />
      <form className="usa-form" noValidate onSubmit={onSubmit}>
        <TextField
          {...field('userId')}
          label={t('userId')}
          hint={t('userIdIntro')}
          // "webauthn": the browser may offer this site's passkeys here (conditional UI, PasskeySignIn).
          autoComplete="username webauthn"
          autoCapitalize="off"
          spellCheck={false}
          required
        />
        <button className="usa-button" type="submit" disabled={busy}>
          {t('continue')}
        </button>
      </form>
      <p className="margin-top-3">
        <Link to={paths.forgot.path}>{t('forgot')}</Link>
      </p>
      <p>
        {t('newHere')} <Link to={paths.register.path}>{t('register')}</Link>
      </p>
    </>
  );
}
