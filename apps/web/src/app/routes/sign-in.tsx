import { LegalWarning } from '@cos/ui';
import { useTranslation } from 'react-i18next';
import { SignOutNotice } from '../../features/auth/components/sign-out-notice.tsx';
import { PasskeySignIn } from '../../features/auth/components/passkey-sign-in.tsx';
import { UserIdForm } from '../../features/auth/components/user-id-form.tsx';
import { pageLabelKey } from '../../config/paths.ts';

export function SignInRoute() {
  const { t } = useTranslation('auth');
  return (
    <div className="padding-y-4">
      <div className="grid-row">
        <div className="tablet:grid-col-8 desktop:grid-col-6">
          <h1>{t(pageLabelKey('signIn'))}</h1>
          <SignOutNotice />
          <p className="usa-hint">{t('step', { step: 1, total: 2 })}</p>
          <UserIdForm />
          <PasskeySignIn />
        </div>
      </div>
      <LegalWarning />
    </div>
  );
}
