import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PhoneLink } from '../../components/ui/phone-link.tsx';
import { pageLabelKey, paths, type PageDefinition, type PageKey } from '../../config/paths.ts';
import { useSession } from '../../lib/session/session-context.tsx';

/**
 * Stands in for a service that a later issue builds, so every link in the navigation already
 * leads to a real page that says what is coming and where to get help now.
 */
export function ComingSoonRoute({ page }: { page: PageKey }) {
  const { t } = useTranslation();
  const definition: PageDefinition = paths[page];
  const signedIn = useSession().status === 'signedIn';

  return (
    <div className="usa-prose padding-y-4">
      <h1>{t(pageLabelKey(page))}</h1>
      <div className="usa-alert usa-alert--info usa-alert--slim">
        <div className="usa-alert__body">
          <p className="usa-alert__text">{t('comingSoon.lead')}</p>
        </div>
      </div>
      <p>
        {t(`comingSoon.descriptions.${page}`)}
        {definition.signedIn && !signedIn && ` ${t('comingSoon.signInNeeded')}`}
      </p>
      <p>{t('comingSoon.meanwhile')}</p>
      <p>
        {t('comingSoon.callUs')} <PhoneLink />
      </p>
      <p>
        <Link to={paths.home.path}>{t('comingSoon.backHome')}</Link>
      </p>
    </div>
  );
}
