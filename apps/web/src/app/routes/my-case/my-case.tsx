import { useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { LoaderFunction } from 'react-router';
import { pageLabelKey } from '../../../config/paths.ts';
import { casesQueryOptions } from '../../../features/cases/api/get-cases.ts';
import { CaseList } from '../../../features/cases/components/case-list.tsx';
import { PendingChangeBanner } from '../../../features/direct-deposit/components/pending-change-banner.tsx';
import { UnconfirmedEmailBanner } from '../../../features/notification-preferences/components/unconfirmed-email-banner.tsx';
import { MyMailingAddress } from '../../../features/provide-info/components/my-mailing-address.tsx';
import { readyForServices } from '../../../lib/session/ready-for-services.ts';
import { session } from '../../../lib/session/session.ts';

export function myCaseLoader(queryClient: QueryClient): LoaderFunction {
  return async () => {
    if (await readyForServices(session)) await queryClient.ensureQueryData(casesQueryOptions());
    return null;
  };
}

/** My Case: one card per case, the balance and last payment first. */
export function MyCaseRoute() {
  const { t } = useTranslation('cases');
  const { data } = useSuspenseQuery(casesQueryOptions());
  return (
    <div className="padding-y-4">
      <h1 className="margin-bottom-0">{t(pageLabelKey('myCase'))}</h1>
      <PendingChangeBanner />
      <UnconfirmedEmailBanner />
      <CaseList cases={data.items} />
      <MyMailingAddress />
    </div>
  );
}
