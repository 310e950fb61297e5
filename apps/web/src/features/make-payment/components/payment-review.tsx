import type { FieldError } from '@cos/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { casePath, paymentReceiptPath } from '../../../config/paths.ts';
import { isApiError } from '../../../lib/api-client.ts';
import { formatCents } from '../../../lib/format/money.ts';
import { makePayment } from '../api/make-payment.ts';
import { paymentFieldIds, type PaymentDetails, type TokenisedCard } from '../lib/payment-form.ts';

type PaymentReviewProps = {
  details: PaymentDetails;
  card: TokenisedCard;
  /** One per review: every Confirm of this review is the same attempt to the server. */
  idempotencyKey: string;
  /** Back to the details (Change details, or a problem with them). */
  onEditDetails: (errors: FieldError[]) => void;
  /** Back to the card form: the token is spent (declined) or no longer valid. */
  onEditCard: (errors: FieldError[]) => void;
};

/**
 * Step 3: what will be charged, then Confirm (a TanStack Query mutation). Confirm works once: a
 * second click is ignored, and the server would answer a repeat with the same receipt anyway. A
 * timeout keeps the parent here with no Confirm button: the outcome is unknown and paying again
 * could pay twice.
 */
export function PaymentReview({
  details,
  card,
  idempotencyKey,
  onEditDetails,
  onEditCard,
}: PaymentReviewProps) {
  const { t } = useTranslation('makePayment');
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const sending = useRef(false);
  const warning = useRef<HTMLDivElement>(null);
  const payment = useMutation({
    mutationFn: () =>
      makePayment(
        { caseNumber: details.caseNumber, amountCents: details.amount, paymentToken: card.token },
        idempotencyKey,
      ),
    onSuccess: async (receipt) => {
      await queryClient.invalidateQueries({ queryKey: ['cases'] });
      await navigate(paymentReceiptPath(receipt.confirmationNumber), { replace: true });
    },
    onError: (error) => {
      sending.current = false;
      if (isApiError(error, 'PAYMENT_TIMEOUT')) return;
      if (isApiError(error, 'PAYMENT_DECLINED'))
        onEditCard([{ fieldId: paymentFieldIds.card, messageKey: 'makePayment:errors.declined' }]);
      else if (isApiError(error, 'VALIDATION_FAILED') && error.fields.some((f) => f.field === 'paymentToken'))
        onEditCard([{ fieldId: paymentFieldIds.card, messageKey: 'makePayment:errors.cardAgain' }]);
      else
        onEditDetails([
          {
            fieldId: paymentFieldIds.caseNumber,
            messageKey: '',
            message: isApiError(error) ? error.message : t('errors.unexpected'),
          },
        ]);
    },
  });
  const unknown = isApiError(payment.error, 'PAYMENT_TIMEOUT');

  useEffect(() => {
    if (unknown) warning.current?.focus();
  }, [unknown]);

  function confirm() {
    if (sending.current) return;
    sending.current = true;
    payment.mutate();
  }

  return (
    <>
      {unknown && (
        <div ref={warning} tabIndex={-1} className="usa-alert usa-alert--warning margin-y-3" role="alert">
          <div className="usa-alert__body">
            <h2 className="usa-alert__heading">{t('timeout.heading')}</h2>
            <p className="usa-alert__text">{t('timeout.text')}</p>
            <p className="usa-alert__text">
              <Link to={casePath('casePayments', details.caseNumber)}>{t('timeout.checkPayments')}</Link>
            </p>
          </div>
        </div>
      )}
      <dl className="cos-payment-review">
        <dt className="text-bold">{t('fields.caseNumber')}</dt>
        <dd className="margin-left-0 margin-bottom-2">{details.caseNumber}</dd>
        <dt className="text-bold">{t('fields.amountCents')}</dt>
        <dd className="margin-left-0 margin-bottom-2 font-sans-lg" data-review="amount">
          {formatCents(details.amount)}
        </dd>
        <dt className="text-bold">{t('review.card')}</dt>
        <dd className="margin-left-0 margin-bottom-2">
          {t('review.cardEnding', { last4: card.last4, expiry: card.expiry })}
        </dd>
      </dl>
      {!unknown && (
        <>
          <p>{t('review.consent', { amount: formatCents(details.amount) })}</p>
          <ul className="usa-button-group">
            <li className="usa-button-group__item">
              <button
                type="button"
                className="usa-button"
                disabled={payment.isPending}
                aria-disabled={payment.isPending}
                onClick={confirm}
              >
                {payment.isPending ? t('review.sending') : t('review.confirm')}
              </button>
            </li>
            <li className="usa-button-group__item">
              <button
                type="button"
                className="usa-button usa-button--outline"
                disabled={payment.isPending}
                onClick={() => onEditDetails([])}
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
