import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import { paths } from '../../../config/paths.ts';
import { useSession } from '../../../lib/session/session-context.tsx';
import { LastSignIn } from './last-sign-in.tsx';

/**
 * The guard around every `signedIn` page: while the silent refresh runs it waits; signed out, it
 * sends the person to sign in and back here afterwards (`?next=`, unless they chose to sign out);
 * a session that must change its password (a temporary one) reaches only Change Password.
 */
export function RequireSignedIn() {
  const { t } = useTranslation('auth');
  const session = useSession();
  const location = useLocation();

  if (session.status === 'checking') {
    return (
      <p role="status" className="padding-y-4">
        {t('account.checking')}
      </p>
    );
  }
  if (session.status === 'signedOut') {
    // After choosing to sign out there is nothing to come back to; after a timeout there is.
    const chosen = session.reason === 'user' || session.reason === 'everywhere';
    const next = chosen ? '' : `?${new URLSearchParams({ next: `${location.pathname}${location.search}` })}`;
    return <Navigate to={`${paths.signIn.path}${next}`} replace />;
  }
  if (session.mustChangePassword && location.pathname !== paths.changePassword.path) {
    return <Navigate to={paths.changePassword.path} replace />;
  }
  return (
    <>
      <LastSignIn />
      <Outlet />
    </>
  );
}
