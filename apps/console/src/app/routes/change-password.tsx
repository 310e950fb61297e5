import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../config/paths.ts';
import { StaffPasswordForm } from '../../features/auth/components/staff-password-form.tsx';

/** A staff member changes their own password (any time, from the header); their other sessions end. */
export function ChangePasswordRoute() {
  const { t } = useTranslation('auth');
  return (
    <div className="padding-y-4">
      <div className="grid-row">
        <div className="tablet:grid-col-10 desktop:grid-col-8">
          <h1>{t('common:pages.changePassword')}</h1>
          <p>{t('passwordChange.changeIntro')}</p>
          <StaffPasswordForm
            done={
              <p className="usa-alert__text">
                <Link to={paths.home.path}>{t('passwordChange.home')}</Link>
              </p>
            }
          />
        </div>
      </div>
    </div>
  );
}
