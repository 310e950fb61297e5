import { StepIndicator, type FieldError } from '@cos/ui';
import { useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LoaderFunction } from 'react-router';
import { pageLabelKey } from '../../config/paths.ts';
import { casesQueryOptions } from '../../features/cases/api/get-cases.ts';
import { paymentOptionsQueryOptions } from '../../features/make-payment/api/get-payment-options.ts';
import { NotAPayer } from '../../features/make-payment/components/not-a-payer.tsx';
import { PaymentForm } from '../../features/make-payment/components/payment-form.tsx';
import { PaymentReview } from '../../features/make-payment/components/payment-review.tsx';
import { TestProcessorNotice } from '../../features/make-payment/components/test-processor-notice.tsx';
import type { PaymentDraft } from '../../features/make-payment/lib/payment-form.ts';
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

type Step = { name: 'details'; errors: FieldError[] } | { name: 'review'; idempotencyKey: string };

/** Make Payment: details → review → confirm (then the receipt page). Only for a paying parent. */
export function MakePaymentRoute() {
  const { t } = useTranslation('makePayment');
  const { data: cases } = useSuspenseQuery(casesQueryOptions());
  const { data: options } = useSuspenseQuery(paymentOptionsQueryOptions());
  const payable = cases.items.filter((summary) => summary.role === 'non_custodial');
  const [draft, setDraft] = useState<PaymentDraft | null>(null);
  const [step, setStep] = useState<Step>({ name: 'details', errors: [] });
  const stepHeading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);

  useEffect(() => {
    // Focus follows the step (not on the first render: the page's own focus handling has that),
    // except when the form comes back with problems: then its error summary has the focus.
    const problems = step.name === 'details' && step.errors.length > 0;
    if (moved.current && !problems) stepHeading.current?.focus();
    moved.current = true;
  }, [step]);

  return (
    <div className="padding-y-4">
      <div className="grid-row">
        <div className="tablet:grid-col-10 desktop:grid-col-8">
          <h1>{t(pageLabelKey('makePayment'))}</h1>
          {options.available && options.testProcessor && <TestProcessorNotice />}
          {!options.available ? (
            <PaymentsUnavailable />
          ) : payable.length === 0 ? (
            <NotAPayer />
          ) : (
            <>
              <p className="usa-intro">{t('intro')}</p>
              <StepIndicator
                steps={[t('steps.details'), t('steps.review')]}
                current={step.name === 'details' ? 0 : 1}
                label={t('steps.label')}
                headingRef={stepHeading}
              />
              {step.name === 'details' ? (
                <PaymentForm
                  cases={payable}
                  draft={draft}
                  serverErrors={step.errors}
                  onReview={(values) => {
                    setDraft(values);
                    setStep({ name: 'review', idempotencyKey: crypto.randomUUID() });
                  }}
                />
              ) : (
                draft && (
                  <PaymentReview
                    draft={draft}
                    idempotencyKey={step.idempotencyKey}
                    onEdit={(errors) => setStep({ name: 'details', errors })}
                  />
                )
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
