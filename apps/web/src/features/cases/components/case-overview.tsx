import type { CaseDetail } from '@cos/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { casePath } from '../../../config/paths.ts';
import { formatAgencyDate } from '../../../lib/format/agency-time.ts';
import { formatCents } from '../../../lib/format/money.ts';
import './cases.css';

const statusTag = { open: 'bg-green', suspended: 'bg-gold text-ink', closed: 'bg-base-dark' } as const;

/** The top of a case: who you are on it, where it is handled, and the answer to "what is owed?". */
export function CaseOverview({ detail }: { detail: CaseDetail }) {
  const { t, i18n } = useTranslation('cases');
  const language = i18n.resolvedLanguage ?? 'en';
  const { role, lastPayment } = detail;

  return (
    <>
      <p className="usa-intro">
        {t(`roles.${role}`)} · {t('countyName', { county: detail.county })} ·{' '}
        <span className={`usa-tag ${statusTag[detail.status]}`}>{t(`status.${detail.status}`)}</span>
      </p>
      <div className="usa-summary-box" role="region" aria-labelledby="case-balance-heading">
        <div className="usa-summary-box__body">
          <h2 className="usa-summary-box__heading" id="case-balance-heading">
            {t('detail.balanceHeading')}
          </h2>
          <div className="usa-summary-box__text">
            <dl className="cos-figures">
              <div className="cos-figure cos-figure--lead">
                <dt>{t(`totalOwed.${role}`)}</dt>
                <dd>{formatCents(detail.balances.totalOwedCents)}</dd>
              </div>
              <div className="cos-figure">
                <dt>{t('lastPayment')}</dt>
                <dd>
                  {lastPayment
                    ? t('amountOnDate', {
                        amount: formatCents(lastPayment.amountCents),
                        date: formatAgencyDate(lastPayment.receivedAt, language),
                      })
                    : t('noPaymentYet')}
                </dd>
              </div>
            </dl>
            <Link className="usa-summary-box__link" to={casePath('casePayments', detail.caseNumber)}>
              {t('detail.allPayments')}
            </Link>
          </div>
        </div>
      </div>
    </>
  );
}
