import type { CaseDetail } from '@cos/contracts';
import { useTranslation } from 'react-i18next';
import './cases.css';

/** The other parent (a name only, never an address) and the children, by first name and birth year. */
export function CasePeople({
  otherPartyName,
  childrenOnCase,
}: {
  otherPartyName: string | null;
  childrenOnCase: CaseDetail['children'];
}) {
  const { t } = useTranslation('cases');
  return (
    <dl className="cos-figures">
      <div className="cos-figure">
        <dt>{t('otherParent')}</dt>
        <dd>{otherPartyName ?? t('notOnRecord')}</dd>
      </div>
      <div className="cos-figure">
        <dt>{t('people.children')}</dt>
        <dd>
          {childrenOnCase.length === 0 ? (
            t('people.noChildren')
          ) : (
            <ul className="usa-list usa-list--unstyled">
              {childrenOnCase.map((child) => (
                <li key={`${child.firstName}-${child.birthYear}`}>
                  {t('people.child', { name: child.firstName, year: child.birthYear })}
                </li>
              ))}
            </ul>
          )}
        </dd>
      </div>
    </dl>
  );
}
