import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { PageLoading } from '../../components/ui/page-loading.tsx';
import { switchesQueryOptions } from '../../features/content/api/switches.ts';
import { SwitchTable } from '../../features/content/components/switch-table.tsx';

/** Supervisors: turn portal features on and off (e.g. Direct Deposit updates during a bank outage). */
export function FeatureSwitchesRoute() {
  const { t } = useTranslation('content');
  const switches = useQuery(switchesQueryOptions());
  return (
    <div className="padding-y-4">
      <h1>{t('switches.title')}</h1>
      <p className="usa-intro">{t('switches.intro')}</p>
      {switches.isPending && <PageLoading />}
      {switches.isError && <p className="usa-error-message">{t('loadFailed')}</p>}
      {switches.data && <SwitchTable switches={switches.data.items} />}
    </div>
  );
}
