import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatAgencyDateTime } from '../../../lib/format/agency-time.ts';
import { meQueryOptions } from '../../../lib/queries/get-me.ts';

/** "You last signed in on …" (docs/product.md §3.3): lets a parent notice a sign-in that was not theirs. */
export function LastSignIn() {
  const { t, i18n } = useTranslation('auth');
  const { data: me } = useQuery(meQueryOptions());
  if (!me) return null;
  return (
    <p className="cos-last-sign-in usa-hint margin-top-2 margin-bottom-0">
      {me.previousSignInAt
        ? t('account.lastSignIn', {
            when: formatAgencyDateTime(me.previousSignInAt, i18n.resolvedLanguage ?? 'en'),
          })
        : t('account.firstSignIn')}
    </p>
  );
}
