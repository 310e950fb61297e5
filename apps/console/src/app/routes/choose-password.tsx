import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';
import { paths } from '../../config/paths.ts';
import { StaffPasswordForm } from '../../features/auth/components/staff-password-form.tsx';
import { useSession } from '../../lib/session/session-context.tsx';

/**
 * The first step of a new or reset staff account: the administrator saw the temporary password,
 * so the staff member replaces it before setting up the authenticator app (the API enforces the
 * order). Only for a session that must change its password.
 */
export function ChoosePasswordRoute() {
  const { t } = useTranslation('auth');
  const session = useSession();
  // Remembered once seen: after the change the page stays, to say so and to lead on.
  const [required, setRequired] = useState(false);
  const mustChange = session.status === 'signedIn' && session.mustChangePassword;
  if (mustChange && !required) setRequired(true);
  if (session.status === 'checking') {
    return (
      <p role="status" className="padding-y-4">
        {t('checking')}
      </p>
    );
  }
  if (session.status === 'signedOut') return <Navigate to={paths.signIn.path} replace />;
  if (!required)
    return (
      <Navigate to={session.mustEnrollTotp ? paths.enrolTotp.path : paths.changePassword.path} replace />
    );

  const next = session.mustEnrollTotp ? paths.enrolTotp.path : paths.home.path;
  return (
    <div className="padding-y-4">
      <div className="grid-row">
        <div className="tablet:grid-col-10 desktop:grid-col-8">
          <h1>{t('common:pages.choosePassword')}</h1>
          <p>{t('passwordChange.chooseIntro')}</p>
          <StaffPasswordForm
            done={
              <Link className="usa-button margin-top-2" to={next} replace>
                {session.mustEnrollTotp ? t('passwordChange.nextEnrol') : t('passwordChange.home')}
              </Link>
            }
          />
        </div>
      </div>
    </div>
  );
}
