import type { CaseSummary } from '@cos/contracts';
import { useTranslation } from 'react-i18next';
import { PhoneLink } from '../../../components/ui/phone-link.tsx';
import { CaseCard } from './case-card.tsx';

/** My Case: a card per case, or what to do when the account has none yet. */
export function CaseList({ cases }: { cases: readonly CaseSummary[] }) {
  const { t } = useTranslation('cases');

  if (cases.length === 0) {
    return (
      <div className="usa-alert usa-alert--info margin-top-3">
        <div className="usa-alert__body">
          <h2 className="usa-alert__heading">{t('list.emptyHeading')}</h2>
          <p className="usa-alert__text">
            {t('list.emptyText')} <PhoneLink />
          </p>
        </div>
      </div>
    );
  }

  return (
    <ul className="usa-card-group margin-top-3">
      {cases.map((summary) => (
        <CaseCard key={summary.caseNumber} summary={summary} />
      ))}
    </ul>
  );
}
