import type { CaseDetail } from '@cos/contracts';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PhoneLink } from '../../../components/ui/phone-link.tsx';
import { formatAgencyDate, formatCalendarDate } from '../../../lib/format/agency-time.ts';
import { formatCents } from '../../../lib/format/money.ts';
import type { StatementPayments } from '../api/get-payments.ts';
import { statementTotals, type StatementPeriod } from '../lib/statement.ts';
import { PaymentTable } from './payment-table.tsx';
import './cases.css';

type StatementProps = {
  agencyName: string;
  parentName: string;
  detail: CaseDetail;
  period: StatementPeriod;
  payments: StatementPayments;
  preparedAt: Date;
  /** On screen only: the period form and Print button, right below the statement's header. */
  controls?: ReactNode;
};

/** The statement as it prints: who and which case, the period, its totals, and every payment in it. */
export function Statement({
  agencyName,
  parentName,
  detail,
  period,
  payments,
  preparedAt,
  controls,
}: StatementProps) {
  const { t, i18n } = useTranslation('cases');
  const language = i18n.resolvedLanguage ?? 'en';
  const totals = statementTotals(payments.items);
  const periodText = t('statement.periodValue', {
    from: formatCalendarDate(period.from, language),
    to: formatCalendarDate(period.to, language),
  });

  return (
    <article className="cos-statement" aria-labelledby="statement-heading">
      <header>
        <p className="cos-statement__agency">{agencyName}</p>
        <h1 id="statement-heading">{t('statement.title')}</h1>
        <dl className="cos-statement__facts">
          <dt>{t('statement.preparedFor')}</dt>
          <dd>{parentName}</dd>
          <dt>{t('statement.caseNumber')}</dt>
          <dd>{detail.caseNumber}</dd>
          <dt>{t('statement.role')}</dt>
          <dd>{t(`roles.${detail.role}`)}</dd>
          <dt>{t('statement.period')}</dt>
          <dd>{periodText}</dd>
          <dt>{t('statement.preparedOn')}</dt>
          <dd>{formatAgencyDate(preparedAt.toISOString(), language)}</dd>
        </dl>
      </header>
      {controls}
      <section aria-labelledby="statement-totals-heading">
        <h2 id="statement-totals-heading">{t('statement.totalsHeading')}</h2>
        <dl className="cos-balances">
          <div>
            <dt>{t('statement.paymentCount')}</dt>
            <dd>{totals.paymentCount}</dd>
          </div>
          <div>
            <dt>{t('statement.countedTotal')}</dt>
            <dd>{formatCents(totals.countedCents)}</dd>
          </div>
          {totals.balanceAfterCents !== undefined && (
            <div>
              <dt>{t('statement.balanceAfter')}</dt>
              <dd>{formatCents(totals.balanceAfterCents)}</dd>
            </div>
          )}
          <div className="cos-balances__total">
            <dt>{t(`totalOwed.${detail.role}`)}</dt>
            <dd>{formatCents(detail.balances.totalOwedCents)}</dd>
          </div>
        </dl>
        {totals.notCountedCount > 0 && <p>{t('statement.notCounted', { count: totals.notCountedCount })}</p>}
      </section>
      <section aria-labelledby="statement-payments-heading">
        <h2 id="statement-payments-heading">{t('statement.paymentsHeading')}</h2>
        {payments.items.length === 0 ? (
          <p>{t('statement.noPayments')}</p>
        ) : (
          <PaymentTable
            items={payments.items}
            caption={t('statement.tableCaption', { caseNumber: detail.caseNumber, period: periodText })}
          />
        )}
        {payments.truncated && <p>{t('statement.truncated', { count: payments.items.length })}</p>}
      </section>
      <footer className="margin-top-4">
        <p className="usa-hint">
          {t('statement.footnote')} <PhoneLink />
        </p>
      </footer>
    </article>
  );
}
