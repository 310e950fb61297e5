import { StepIndicator, type FieldError } from '@cos/ui';
import { useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LoaderFunction } from 'react-router';
import { pageLabelKey } from '../../config/paths.ts';
import { casesQueryOptions } from '../../features/cases/api/get-cases.ts';
import { paymentOptionsQueryOptions } from '../../features/make-payment/api/get-payment-options.ts';
import { HostedCardFrame } from '../../features/make-payment/components/hosted-card-frame.tsx';
import { NotAPayer } from '../../features/make-payment/components/not-a-payer.tsx';
import { PaymentForm } from '../../features/make-payment/components/payment-form.tsx';
import { PaymentReview } from '../../features/make-payment/components/payment-review.tsx';
import { TestProcessorNotice } from '../../features/make-payment/components/test-processor-notice.tsx';
import type { PaymentDetails, TokenisedCard } from '../../features/make-payment/lib/payment-form.ts';
import { readyForServices } from '../../lib/session/ready-for-services.ts';
import { session } from '../../lib/session/session.ts';

export function makePaymentLoader(queryClient: QueryClient): LoaderFunction {
  return async () => {
    if (await readyForServices(session)) {
      await Promise.all([
        queryClient.ensureQueryData(casesQueryOptions()),
        queryClient.ensureQueryData(paymentOptionsQueryOptions()),
      ]);
    }
    return null;
  };
}

type Step =
  | { name: 'details'; errors: FieldError[] }
  | { name: 'card'; errors: FieldError[] }
  | { name: 'review'; card: TokenisedCard; idempotencyKey: string };

const stepIndex = { details: 0, card: 1, review: 2 } as const;

/**
 * Make Payment: details → card (the processor's hosted form) → review → confirm (then the receipt
 * page). Only for a paying parent.
 */
export function MakePaymentRoute() {
  const { t } = useTranslation('makePayment');
  const { data: cases } = useSuspenseQuery(casesQueryOptions());
  const { data: options } = useSuspenseQuery(paymentOptionsQueryOptions());
  const payable = cases.items.filter((summary) => summary.role === 'non_custodial');
  const [details, setDetails] = useState<PaymentDetails | null>(null);
  const [step, setStep] = useState<Step>({ name: 'details', errors: [] });
  const stepHeading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  // Each card the processor's form tokenises starts a new attempt (a new Idempotency-Key).
  const onCard = useCallback(
    (card: TokenisedCard) => setStep({ name: 'review', card, idempotencyKey: crypto.randomUUID() }),
    [],
  );

  useEffect(() => {
    // Focus follows the step (not on the first render: the page's own focus handling has that),
    // except when a step comes back with problems: then its error summary has the focus.
    const problems = step.name !== 'review' && step.errors.length > 0;
    if (moved.current && !problems) stepHeading.current?.focus();
    moved.current = true;
  }, [step]);

  return (
    <div className="padding-y-4">
      <div className="grid-row">
        <div className="tablet:grid-col-10 desktop:grid-col-8">
          <h1>{t(pageLabelKey('makePayment'))}</h1>
          {options.available && options.testProcessor && <TestProcessorNotice />}
          {!options.available || !options.hostedForm ? (
            <PaymentsUnavailable />
          ) : payable.length === 0 ? (
            <NotAPayer />
          ) : (
            <>
              <p className="usa-intro">{t('intro')}</p>
              <StepIndicator
                steps={[t('steps.details'), t('steps.card'), t('steps.review')]}
                current={stepIndex[step.name]}
                label={t('steps.label')}
                headingRef={stepHeading}
              />
              {step.name === 'details' && (
                <PaymentForm
                  cases={payable}
                  draft={details}
                  serverErrors={step.errors}
                  onContinue={(values) => {
                    setDetails(values);
                    setStep({ name: 'card', errors: [] });
                  }}
                />
              )}
              {step.name === 'card' && (
                <HostedCardFrame
                  hostedForm={options.hostedForm}
                  errors={step.errors}
                  onCard={onCard}
                  onBack={() => setStep({ name: 'details', errors: [] })}
                />
              )}
              {step.name === 'review' && details && (
                <PaymentReview
                  details={details}
                  card={step.card}
                  idempotencyKey={step.idempotencyKey}
                  onEditDetails={(errors) => setStep({ name: 'details', errors })}
                  onEditCard={(errors) => setStep({ name: 'card', errors })}
                />
              )}
            </>
          )}
        </div>
      </div>
    </div>
  );
}

/** No card processor may take payments (production without one): say so instead of a form. */
function PaymentsUnavailable() {
  const { t } = useTranslation('makePayment');
  return (
    <div className="usa-alert usa-alert--warning" role="status">
      <div className="usa-alert__body">
        <h2 className="usa-alert__heading">{t('unavailable.heading')}</h2>
        <p className="usa-alert__text">{t('unavailable.text')}</p>
      </div>
    </div>
  );
}
