import { useTranslation } from 'react-i18next';
import { pageLabelKey } from '../../config/paths.ts';
import { ChangePasswordForm } from '../../features/auth/components/change-password-form.tsx';
import { useSession } from '../../lib/session/session-context.tsx';

export function ChangePasswordRoute() {
  const { t } = useTranslation('auth');
  const session = useSession();
  const required = session.status === 'signedIn' && session.mustChangePassword;
  return (
    <div className="padding-y-4">
      <div className="grid-row">
        <div className="tablet:grid-col-10 desktop:grid-col-8">
          <h1>{t(pageLabelKey('changePassword'))}</h1>
          {required && (
            <div className="usa-alert usa-alert--warning usa-alert--slim margin-y-3">
              <div className="usa-alert__body">
                <p className="usa-alert__text">{t('changePassword.required')}</p>
              </div>
            </div>
          )}
          <p>{t('changePassword.intro')}</p>
          <ChangePasswordForm />
        </div>
      </div>
    </div>
  );
}
