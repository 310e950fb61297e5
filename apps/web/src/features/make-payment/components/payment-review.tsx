import type { FieldError } from '@cos/ui';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { casePath, paymentReceiptPath } from '../../../config/paths.ts';
import { isApiError } from '../../../lib/api-client.ts';
import { serverFieldErrors } from '../../../lib/form-errors.ts';
import { formatCents } from '../../../lib/format/money.ts';
import { makePayment } from '../api/make-payment.ts';
import { parseDollars, paymentFieldId, paymentFieldIds, type PaymentDraft } from '../lib/payment-form.ts';

type PaymentReviewProps = {
  draft: PaymentDraft;
  /** One per review: every Confirm of this review is the same attempt to the server. */
  idempotencyKey: string;
  onEdit: (errors: FieldError[]) => void;
};

/**
 * Step 2: what will be charged, then Confirm. Confirm works once (a second click is ignored, and
 * the server would answer a repeat with the same receipt anyway). A timeout keeps the parent here
 * with no Confirm button: the outcome is unknown and paying again could pay twice.
 */
export function PaymentReview({ draft, idempotencyKey, onEdit }: PaymentReviewProps) {
  const { t } = useTranslation('makePayment');
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const sending = useRef(false);
  const [busy, setBusy] = useState(false);
  const [unknown, setUnknown] = useState(false);
  const warning = useRef<HTMLDivElement>(null);
  const amountCents = parseDollars(draft.amountCents) ?? 0;
  const last4 = draft.cardNumber.replace(/\D/g, '').slice(-4);

  useEffect(() => {
    if (unknown) warning.current?.focus();
  }, [unknown]);

  async function confirm() {
    if (sending.current) return;
    sending.current = true;
    setBusy(true);
    try {
      const receipt = await makePayment({ ...draft, amountCents }, idempotencyKey);
      await queryClient.invalidateQueries({ queryKey: ['cases'] });
      await navigate(paymentReceiptPath(receipt.confirmationNumber), { replace: true });
    } catch (error) {
      sending.current = false;
      setBusy(false);
      if (isApiError(error, 'PAYMENT_TIMEOUT')) setUnknown(true);
      else if (isApiError(error, 'PAYMENT_DECLINED'))
        onEdit([{ fieldId: paymentFieldIds.cardNumber, messageKey: 'makePayment:errors.declined' }]);
      else if (isApiError(error, 'VALIDATION_FAILED'))
        onEdit(serverFieldErrors(error, paymentFieldId, paymentFieldIds.cardNumber));
      else
        onEdit([
          {
            fieldId: paymentFieldIds.caseNumber,
            messageKey: '',
            message: isApiError(error) ? error.message : t('errors.unexpected'),
          },
        ]);
    }
  }

  return (
    <>
      {unknown && (
        <div ref={warning} tabIndex={-1} className="usa-alert usa-alert--warning margin-y-3" role="alert">
          <div className="usa-alert__body">
            <h2 className="usa-alert__heading">{t('timeout.heading')}</h2>
            <p className="usa-alert__text">{t('timeout.text')}</p>
            <p className="usa-alert__text">
              <Link to={casePath('casePayments', draft.caseNumber)}>{t('timeout.checkPayments')}</Link>
            </p>
          </div>
        </div>
      )}
      <dl className="cos-payment-review">
        <dt className="text-bold">{t('fields.caseNumber')}</dt>
        <dd className="margin-left-0 margin-bottom-2">{draft.caseNumber}</dd>
        <dt className="text-bold">{t('fields.amountCents')}</dt>
        <dd className="margin-left-0 margin-bottom-2 font-sans-lg" data-review="amount">
          {formatCents(amountCents)}
        </dd>
        <dt className="text-bold">{t('review.card')}</dt>
        <dd className="margin-left-0 margin-bottom-2">
          {t('review.cardEnding', { last4, expiry: draft.expiry })}
        </dd>
      </dl>
      {!unknown && (
        <>
          <p>{t('review.consent', { amount: formatCents(amountCents) })}</p>
          <ul className="usa-button-group">
            <li className="usa-button-group__item">
              <button
                type="button"
                className="usa-button"
                disabled={busy}
                aria-disabled={busy}
                onClick={() => void confirm()}
              >
                {busy ? t('review.sending') : t('review.confirm')}
              </button>
            </li>
            <li className="usa-button-group__item">
              <button
                type="button"
                className="usa-button usa-button--outline"
                disabled={busy}
                onClick={() => onEdit([])}
              >
                {t('review.edit')}
              </button>
            </li>
          </ul>
        </>
      )}
    </>
  );
}
