import type { CaseSummary } from '@cos/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { casePath } from '../../../config/paths.ts';
import { formatAgencyDate } from '../../../lib/format/agency-time.ts';
import { formatCents } from '../../../lib/format/money.ts';
import './cases.css';

/**
 * One case on My Case. The balance and the last payment come straight after the case number and
 * role, so on a 320 px phone they are in the first screen: "was it paid, and how much is owed?"
 */
export function CaseCard({ summary }: { summary: CaseSummary }) {
  const { t, i18n } = useTranslation('cases');
  const language = i18n.resolvedLanguage ?? 'en';
  const { caseNumber, role, lastPayment } = summary;
  const headingId = `case-${caseNumber}-heading`;

  return (
    <li className="usa-card tablet:grid-col-6 cos-case-card">
      <div className="usa-card__container">
        <div className="usa-card__header">
          <h2 className="usa-card__heading" id={headingId}>
            {t('caseHeading', { caseNumber })}
          </h2>
          <p className="cos-case-card__role">{t(`roles.${role}`)}</p>
        </div>
        <div className="usa-card__body">
          <dl className="cos-figures">
            <div className="cos-figure cos-figure--lead" data-figure="total-owed">
              <dt>{t(`totalOwed.${role}`)}</dt>
              <dd>{formatCents(summary.totalOwedCents)}</dd>
            </div>
            <div className="cos-figure" data-figure="last-payment">
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
            <div className="cos-figure">
              <dt>{t('monthlyAmount')}</dt>
              <dd>
                {summary.monthlyObligationCents === null
                  ? t('noOrder')
                  : formatCents(summary.monthlyObligationCents)}
              </dd>
            </div>
            <div className="cos-figure">
              <dt>{t('otherParent')}</dt>
              <dd>{summary.otherPartyName ?? t('notOnRecord')}</dd>
            </div>
          </dl>
        </div>
        <div className="usa-card__footer">
          <Link className="usa-button" to={casePath('caseDetail', caseNumber)}>
            {t('card.details')} <span className="usa-sr-only">{t('card.forCase', { caseNumber })}</span>
          </Link>
          <Link className="usa-button usa-button--outline" to={casePath('casePayments', caseNumber)}>
            {t('card.payments')} <span className="usa-sr-only">{t('card.forCase', { caseNumber })}</span>
          </Link>
        </div>
      </div>
    </li>
  );
}
