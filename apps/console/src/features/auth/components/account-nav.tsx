import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { paths } from '../../../config/paths.ts';
import { useSession } from '../../../lib/session/session-context.tsx';
import { signOut } from '../api/sign-out.ts';

/** The header's items while signed in: who is signed in, with which role, their password, and Sign out. */
export function AccountNav() {
  const { t } = useTranslation('auth');
  const session = useSession();
  const navigate = useNavigate();
  if (session.status !== 'signedIn') return null;

  async function leave() {
    await signOut('user');
    await navigate(paths.signIn.path, { replace: true });
  }

  return (
    <>
      <li className="usa-nav__secondary-item cos-staff-identity">
        <span className="usa-sr-only">{t('signedInAs')} </span>
        <span className="text-bold">{session.displayName}</span>
        {', '}
        <span>{t(`roles.${session.role}`)}</span>
      </li>
      {!session.mustEnrollTotp && (
        <li className="usa-nav__secondary-item">
          <Link to={paths.changePassword.path}>{t('passwordChange.link')}</Link>
        </li>
      )}
      <li className="usa-nav__secondary-item">
        <button
          type="button"
          className="usa-button usa-button--unstyled cos-sign-out"
          onClick={() => void leave()}
        >
          {t('signOut')}
        </button>
      </li>
    </>
  );
}
