import type { PaymentReceipt } from '@cos/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { casePath } from '../../../config/paths.ts';
import { formatAgencyDateTime } from '../../../lib/format/agency-time.ts';
import { formatCents } from '../../../lib/format/money.ts';

/** The receipt: the confirmation number first (what a parent quotes on the phone), then the rest. */
export function PaymentReceiptView({ receipt }: { receipt: PaymentReceipt }) {
  const { t, i18n } = useTranslation('makePayment');
  const approved = receipt.status === 'approved';
  return (
    <>
      <div
        className={`usa-alert ${approved ? 'usa-alert--success' : 'usa-alert--warning'} margin-y-3`}
        role="status"
      >
        <div className="usa-alert__body">
          <h2 className="usa-alert__heading">{t(`receipt.heading.${receipt.status}`)}</h2>
          <p className="usa-alert__text">
            {t('receipt.confirmation')}{' '}
            <strong data-receipt="confirmation">{receipt.confirmationNumber}</strong>
          </p>
        </div>
      </div>
      <dl>
        <dt className="text-bold">{t('fields.caseNumber')}</dt>
        <dd className="margin-left-0 margin-bottom-2">{receipt.caseNumber}</dd>
        <dt className="text-bold">{t('fields.amountCents')}</dt>
        <dd className="margin-left-0 margin-bottom-2">{formatCents(receipt.amountCents)}</dd>
        <dt className="text-bold">{t('review.card')}</dt>
        <dd className="margin-left-0 margin-bottom-2">
          {t('receipt.cardEnding', { last4: receipt.cardLast4 })}
        </dd>
        <dt className="text-bold">{t('receipt.submitted')}</dt>
        <dd className="margin-left-0 margin-bottom-2">
          {formatAgencyDateTime(receipt.submittedAt, i18n.resolvedLanguage ?? 'en')}
        </dd>
      </dl>
      {approved && <p>{t('receipt.pending')}</p>}
      <p>
        <Link className="usa-button" to={casePath('casePayments', receipt.caseNumber)}>
          {t('receipt.toPayments')}
        </Link>
      </p>
    </>
  );
}
