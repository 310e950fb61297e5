import { useQuery, type QueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { LoaderFunction } from 'react-router';
import { pageLabelKey } from '../../config/paths.ts';
import { directDepositQueryOptions } from '../../features/direct-deposit/api/get-direct-deposit.ts';
import { DirectDepositUpdate } from '../../features/direct-deposit/components/direct-deposit-update.tsx';
import { EnrolmentSummary } from '../../features/direct-deposit/components/enrolment-summary.tsx';
import { PendingChange } from '../../features/direct-deposit/components/pending-change.tsx';
import { readyForServices } from '../../lib/session/ready-for-services.ts';
import { session } from '../../lib/session/session.ts';

export function directDepositLoader(queryClient: QueryClient): LoaderFunction {
  return async () => {
    if (await readyForServices(session)) await queryClient.ensureQueryData(directDepositQueryOptions());
    return null;
  };
}

export function DirectDepositRoute() {
  const { t } = useTranslation('directDeposit');
  const { data } = useQuery(directDepositQueryOptions());
  return (
    <div className="padding-y-4">
      <div className="grid-row">
        <div className="tablet:grid-col-10 desktop:grid-col-8">
          <h1>{t(pageLabelKey('directDeposit'))}</h1>
          <p className="usa-intro">{t('intro')}</p>
          {data && <EnrolmentSummary enrolment={data.enrolment} />}
          {data && <PendingChange pending={data.pendingChange} />}
          <DirectDepositUpdate />
        </div>
      </div>
    </div>
  );
}
