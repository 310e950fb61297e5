import { useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { redirect, type LoaderFunction } from 'react-router';
import { casePath, pageLabelKey } from '../../../config/paths.ts';
import { casesQueryOptions } from '../../../features/cases/api/get-cases.ts';
import { CaseChooser } from '../../../features/cases/components/case-chooser.tsx';
import { readyForServices } from '../../../lib/session/ready-for-services.ts';
import { session } from '../../../lib/session/session.ts';

/** With one case there is nothing to choose: straight to its payments (replacing /payments in history). */
export function paymentsLoader(queryClient: QueryClient): LoaderFunction {
  return async () => {
    if (!(await readyForServices(session))) return null;
    const { items } = await queryClient.ensureQueryData(casesQueryOptions());
    const [only] = items;
    if (only && items.length === 1) return redirect(casePath('casePayments', only.caseNumber));
    return null;
  };
}

export function PaymentsRoute() {
  const { t } = useTranslation('cases');
  const { data } = useSuspenseQuery(casesQueryOptions());
  return (
    <div className="padding-y-4">
      <h1>{t(pageLabelKey('payments'))}</h1>
      <CaseChooser cases={data.items} />
    </div>
  );
}
