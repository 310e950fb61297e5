import { useTranslation } from 'react-i18next';
import { Navigate, useSearchParams } from 'react-router';
import { paths, safeNextPath } from '../../config/paths.ts';
import { SignOutNotice } from '../../features/auth/components/sign-out-notice.tsx';
import { StaffSignInForm } from '../../features/auth/components/staff-sign-in-form.tsx';
import { useSession } from '../../lib/session/session-context.tsx';

export function SignInRoute() {
  const { t } = useTranslation();
  const session = useSession();
  const [search] = useSearchParams();
  // Signed in (just now, or already: a bookmark, the Back button): on to the page asked for, or
  // first to choose a password (the administrator's was temporary) and set up the authenticator app.
  if (session.status === 'signedIn') {
    const next = safeNextPath(search.get('next')) ?? paths.home.path;
    const first = session.mustChangePassword
      ? paths.choosePassword.path
      : session.mustEnrollTotp
        ? paths.enrolTotp.path
        : next;
    return <Navigate to={first} replace />;
  }

  return (
    <div className="padding-y-4">
      <div className="grid-row">
        <div className="tablet:grid-col-10 desktop:grid-col-8">
          <h1>{t('pages.signIn')}</h1>
          <SignOutNotice />
          <p className="usa-intro">{t('auth:intro')}</p>
          <StaffSignInForm />
        </div>
      </div>
    </div>
  );
}
