import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { paths } from '../../../config/paths.ts';
import { useSession } from '../../../lib/session/session-context.tsx';
import { meQueryOptions } from '../../../lib/queries/get-me.ts';
import { useLanguagePreference } from '../../../lib/session/use-language-preference.ts';
import { signOut } from '../api/sign-out.ts';

/** The header's account items while signed in: the person's first name (to Security) and Sign Out. */
export function AccountNav() {
  const { t } = useTranslation('auth');
  const session = useSession();
  const signedIn = session.status === 'signedIn';
  const me = useQuery({ ...meQueryOptions(), enabled: signedIn });
  const navigate = useNavigate();
  useLanguagePreference(me.data, signedIn);

  if (!signedIn) return null;

  async function leave() {
    await signOut('user');
    // The guard of a signed-in page may have got there first; a public page stays put without this.
    await navigate(paths.signIn.path, { replace: true });
  }

  return (
    <>
      {me.data && (
        <li className="usa-nav__secondary-item">
          <Link to={paths.security.path}>
            <span className="usa-sr-only">{t('account.signedInAs')} </span>
            {me.data.firstName}
          </Link>
        </li>
      )}
      <li className="usa-nav__secondary-item">
        <button
          type="button"
          className="usa-button usa-button--unstyled cos-sign-out"
          onClick={() => void leave()}
        >
          {t('account.signOut')}
        </button>
      </li>
    </>
  );
}
