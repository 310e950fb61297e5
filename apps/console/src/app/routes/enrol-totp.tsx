import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { paths } from '../../config/paths.ts';
import { TotpEnrolmentPanel } from '../../features/auth/components/totp-enrolment.tsx';
import { useSession } from '../../lib/session/session-context.tsx';

/** Only for a session that must set up its authenticator app (a new or reset staff account). */
export function EnrolTotpRoute() {
  const { t } = useTranslation('auth');
  const session = useSession();
  if (session.status === 'checking') {
    return (
      <p role="status" className="padding-y-4">
        {t('checking')}
      </p>
    );
  }
  if (session.status === 'signedOut') return <Navigate to={paths.signIn.path} replace />;
  // The administrator's temporary password is replaced first (the API refuses enrolment until then).
  if (session.mustChangePassword) return <Navigate to={paths.choosePassword.path} replace />;
  if (!session.mustEnrollTotp) return <Navigate to={paths.home.path} replace />;

  return (
    <div className="padding-y-4">
      <div className="grid-row">
        <div className="tablet:grid-col-10 desktop:grid-col-8">
          <h1>{t('enrol.title')}</h1>
          <TotpEnrolmentPanel />
        </div>
      </div>
    </div>
  );
}
