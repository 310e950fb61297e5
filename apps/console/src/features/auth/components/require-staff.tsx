import type { StaffRole } from '@cos/contracts';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, Outlet, useLocation } from 'react-router';
import { paths } from '../../../config/paths.ts';
import { hasRole } from '../../../lib/roles.ts';
import { useSession } from '../../../lib/session/session-context.tsx';

/**
 * The guard around the console's pages: while the silent refresh runs it waits; signed out, it
 * sends the staff member to sign in and back here afterwards (`?next=`, unless they chose to sign
 * out); a session that must replace a temporary password, then set up its authenticator app,
 * reaches only those pages, in that order; a role below the
 * page's sees "no access" (the API would refuse it with 403 anyway).
 */
export function RequireStaff({ requires = 'agent' }: { requires?: StaffRole }) {
  const { t } = useTranslation('auth');
  const session = useSession();
  const location = useLocation();

  if (session.status === 'checking') {
    return (
      <p role="status" className="padding-y-4">
        {t('checking')}
      </p>
    );
  }
  if (session.status === 'signedOut') {
    // Back here after signing in, unless they chose to sign out or were only on the home page.
    const here = `${location.pathname}${location.search}`;
    const next =
      session.reason === 'user' || here === paths.home.path ? '' : `?${new URLSearchParams({ next: here })}`;
    return <Navigate to={`${paths.signIn.path}${next}`} replace />;
  }
  if (session.mustChangePassword) return <Navigate to={paths.choosePassword.path} replace />;
  if (session.mustEnrollTotp) return <Navigate to={paths.enrolTotp.path} replace />;
  if (!hasRole(session.role, requires)) {
    return (
      <div className="usa-prose padding-y-4">
        <h1>{t('forbidden.title')}</h1>
        <p>{t('forbidden.body')}</p>
        <p>
          <Link to={paths.home.path}>{t('forbidden.home')}</Link>
        </p>
      </div>
    );
  }
  return <Outlet />;
}
