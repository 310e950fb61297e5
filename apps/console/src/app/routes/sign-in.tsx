import { useTranslation } from 'react-i18next';
import { StaffSignInForm } from '../../features/auth/components/staff-sign-in-form.tsx';

export function SignInRoute() {
  const { t } = useTranslation();
  return (
    <div className="padding-y-4">
      <div className="grid-row">
        <div className="tablet:grid-col-10 desktop:grid-col-8">
          <h1>{t('pages.signIn')}</h1>
          <p className="usa-intro">{t('auth:intro')}</p>
          <StaffSignInForm />
        </div>
      </div>
    </div>
  );
}
