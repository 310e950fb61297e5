import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../config/paths.ts';
import { UnconfirmedEmailBanner } from '../../features/notification-preferences/components/unconfirmed-email-banner.tsx';

/** After registering: the account exists and is signed in; My Case is next. */
export function RegisteredRoute() {
  const { t } = useTranslation('registration');
  return (
    <div className="usa-prose padding-y-4">
      <h1>{t('done.heading')}</h1>
      <div className="usa-alert usa-alert--success">
        <div className="usa-alert__body">
          <p className="usa-alert__text">{t('done.text')}</p>
        </div>
      </div>
      <UnconfirmedEmailBanner />
      <p>{t('done.remember')}</p>
      <p>
        <Link className="usa-button" to={paths.myCase.path}>
          {t('done.next')}
        </Link>
      </p>
      <p>
        <Link to={paths.security.path}>{t('done.security')}</Link>
      </p>
    </div>
  );
}
