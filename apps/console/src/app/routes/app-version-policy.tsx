import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { PageLoading } from '../../components/ui/page-loading.tsx';
import { appPolicyQueryOptions } from '../../features/content/api/switches.ts';
import { AppPolicyForm } from '../../features/content/components/app-policy-form.tsx';

/** Supervisors: which DCSS On the Go versions may still use the API. */
export function AppVersionPolicyRoute() {
  const { t } = useTranslation('content');
  const policy = useQuery(appPolicyQueryOptions());
  return (
    <div className="padding-y-4">
      <div className="grid-row">
        <div className="tablet:grid-col-10 desktop:grid-col-8">
          <h1>{t('policy.title')}</h1>
          <p className="usa-intro">{t('policy.intro')}</p>
          {policy.isPending && <PageLoading />}
          {policy.isError && <p className="usa-error-message">{t('loadFailed')}</p>}
          {policy.data && <AppPolicyForm policy={policy.data} />}
        </div>
      </div>
    </div>
  );
}
