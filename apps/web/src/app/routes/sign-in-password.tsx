import { LegalWarning } from '@cos/ui';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { PasswordForm } from '../../features/auth/components/password-form.tsx';
import { readSignInState } from '../../features/auth/lib/sign-in-form.ts';
import { pageLabelKey, paths } from '../../config/paths.ts';

export function SignInPasswordRoute() {
  const { t } = useTranslation('auth');
  const location = useLocation();
  const signIn = readSignInState(location.state);
  // Reached without step 1 (a bookmark, a typed address): start at the User ID.
  if (!signIn) return <Navigate to={`${paths.signIn.path}${location.search}`} replace />;

  return (
    <div className="padding-y-4">
      <div className="grid-row">
        <div className="tablet:grid-col-8 desktop:grid-col-6">
          <h1>{t(pageLabelKey('signIn'))}</h1>
          <p className="usa-hint">{t('step', { step: 2, total: 2 })}</p>
          <PasswordForm userId={signIn.userId} />
        </div>
      </div>
      <LegalWarning />
    </div>
  );
}
