import { useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { LoaderFunction } from 'react-router';
import { pageLabelKey } from '../../config/paths.ts';
import { ConfirmEmailSection } from '../../features/notification-preferences/components/confirm-email-section.tsx';
import { notificationPreferencesQueryOptions } from '../../features/notification-preferences/api/notification-preferences.ts';
import { LanguageForm } from '../../features/notification-preferences/components/language-form.tsx';
import { NotificationPreferencesForm } from '../../features/notification-preferences/components/notification-preferences-form.tsx';
import { meQueryOptions } from '../../lib/queries/get-me.ts';
import { readyForServices } from '../../lib/session/ready-for-services.ts';
import { session } from '../../lib/session/session.ts';

export function notificationsLoader(queryClient: QueryClient): LoaderFunction {
  return async () => {
    if (await readyForServices(session))
      await Promise.all([
        queryClient.ensureQueryData(notificationPreferencesQueryOptions()),
        queryClient.ensureQueryData(meQueryOptions()),
      ]);
    return null;
  };
}

/** Notification preferences: email when a payment is received or a notice is posted; the parent's language. */
export function NotificationsRoute() {
  const { t } = useTranslation('notifications');
  const { data } = useSuspenseQuery(notificationPreferencesQueryOptions());
  const { data: me } = useSuspenseQuery(meQueryOptions());
  return (
    <div className="padding-y-4">
      <div className="grid-row">
        <div className="tablet:grid-col-10 desktop:grid-col-8">
          <h1>{t(pageLabelKey('notifications'))}</h1>
          <p className="usa-intro">{t('intro')}</p>
          <ConfirmEmailSection current={data} />
          <NotificationPreferencesForm current={data} />
          <LanguageForm current={me.preferredLanguage} />
        </div>
      </div>
    </div>
  );
}
