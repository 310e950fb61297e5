import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../../config/paths.ts';
import { notificationPreferencesQueryOptions } from '../api/notification-preferences.ts';
import { CONFIRM_EMAIL_ANCHOR } from './confirm-email-section.tsx';

/**
 * On My Case and after registering: while the address on file is unconfirmed no case mail reaches
 * it (not even a payment receipt), so point to where it is confirmed. Nothing otherwise, and
 * nothing while the answer is on its way: it never holds the page up.
 */
export function UnconfirmedEmailBanner() {
  const { t } = useTranslation('notifications');
  const preferences = useQuery(notificationPreferencesQueryOptions()).data;
  if (!preferences?.emailOnFile || preferences.emailConfirmed) return null;
  return (
    <div
      className="usa-alert usa-alert--warning usa-alert--slim margin-top-3"
      data-testid="unconfirmed-email-banner"
    >
      <div className="usa-alert__body">
        <p className="usa-alert__text">
          {t('confirmEmail.banner')}{' '}
          <Link to={{ pathname: paths.notifications.path, hash: `#${CONFIRM_EMAIL_ANCHOR}` }}>
            {t('confirmEmail.bannerLink')}
          </Link>
        </p>
      </div>
    </div>
  );
}
