import type { CaseDetail } from '@cos/contracts';
import { useTranslation } from 'react-i18next';
import { formatCents } from '../../../lib/format/money.ts';
import './cases.css';

/** What makes up the total: this month's support still due, past-due support, interest. */
export function CaseBalances({ balances }: { balances: CaseDetail['balances'] }) {
  const { t } = useTranslation('cases');
  const rows = [
    ['currentSupportDue', balances.currentSupportDueCents],
    ['arrears', balances.arrearsCents],
    ['interest', balances.interestCents],
  ] as const;

  return (
    <dl className="cos-balances">
      {rows.map(([key, cents]) => (
        <div key={key}>
          <dt>{t(`balances.${key}`)}</dt>
          <dd>{formatCents(cents)}</dd>
        </div>
      ))}
      <div className="cos-balances__total">
        <dt>{t('balances.total')}</dt>
        <dd>{formatCents(balances.totalOwedCents)}</dd>
      </div>
    </dl>
  );
}
