import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';

export type StepIndicatorProps = {
  /** Step names, already translated, in order. */
  steps: readonly string[];
  /** Zero-based index of the step shown now. */
  current: number;
  /** Accessible name of the indicator ("Registration progress"). */
  label: string;
  headingRef?: Ref<HTMLHeadingElement>;
};

/**
 * The USWDS step indicator: segments with the current one marked, then "Step 2 of 2" and the
 * step's name as an h2 (the page keeps its h1). The heading takes a ref so a flow can move focus
 * to it when the step changes without a navigation.
 */
export function StepIndicator({ steps, current, label, headingRef }: StepIndicatorProps) {
  const { t } = useTranslation('ui');
  return (
    <div className="usa-step-indicator usa-step-indicator--counters-sm" aria-label={label} role="region">
      <ol className="usa-step-indicator__segments">
        {steps.map((step, index) => {
          const state = index < current ? 'complete' : index === current ? 'current' : 'incomplete';
          return (
            <li
              key={step}
              className={`usa-step-indicator__segment${state === 'incomplete' ? '' : ` usa-step-indicator__segment--${state}`}`}
              aria-current={state === 'current' ? 'step' : undefined}
            >
              <span className="usa-step-indicator__segment-label">
                {step}
                {state !== 'current' && <span className="usa-sr-only"> {t(`stepIndicator.${state}`)}</span>}
              </span>
            </li>
          );
        })}
      </ol>
      <div className="usa-step-indicator__header">
        <h2 className="usa-step-indicator__heading" ref={headingRef} tabIndex={-1}>
          <span className="usa-step-indicator__heading-counter">
            <span className="usa-sr-only">{t('stepIndicator.step')}</span>{' '}
            <span className="usa-step-indicator__current-step">{current + 1}</span>{' '}
            <span className="usa-step-indicator__total-steps">
              {t('stepIndicator.of', { total: steps.length })}
            </span>
          </span>{' '}
          <span className="usa-step-indicator__heading-text">{steps[current]}</span>
        </h2>
      </div>
    </div>
  );
}
