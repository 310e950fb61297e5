import type { CaseSummary } from '@cos/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { casePath } from '../../../config/paths.ts';
import { CaseList } from './case-list.tsx';

/** Payments for a parent with several cases: which case's payments? (With one, the route skips this.) */
export function CaseChooser({ cases }: { cases: readonly CaseSummary[] }) {
  const { t } = useTranslation('cases');
  if (cases.length === 0) return <CaseList cases={cases} />;

  return (
    <>
      <p className="usa-intro">{t('chooser.intro')}</p>
      <ul className="usa-list usa-list--unstyled">
        {cases.map((summary) => (
          <li key={summary.caseNumber} className="margin-bottom-2">
            <Link to={casePath('casePayments', summary.caseNumber)} className="text-bold">
              {t('chooser.link', { caseNumber: summary.caseNumber })}
            </Link>
            <br />
            {t(`roles.${summary.role}`)}
            {summary.otherPartyName && ` · ${t('chooser.with', { name: summary.otherPartyName })}`}
          </li>
        ))}
      </ul>
    </>
  );
}
