import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { pageLabelKey } from '../../config/paths.ts';
import { meQueryOptions } from '../../lib/queries/get-me.ts';
import { ChangeSecurityQuestionsForm } from '../../features/security-questions/components/change-security-questions-form.tsx';

export function SecurityQuestionsRoute() {
  const { t } = useTranslation('auth');
  const { data: me } = useQuery(meQueryOptions());
  return (
    <div className="padding-y-4">
      <div className="grid-row">
        <div className="tablet:grid-col-10 desktop:grid-col-8">
          <h1>{t(pageLabelKey('securityQuestions'))}</h1>
          <p className="usa-intro">{t('securityQuestions.intro')}</p>
          <ChangeSecurityQuestionsForm userId={me?.userId} />
        </div>
      </div>
    </div>
  );
}
