import { useTranslation } from 'react-i18next';

const steps = ['step1', 'step2', 'step3', 'step4'] as const;

/** The seed site's "Password Reset Self-Service Instructions", in plain words and as it works here. */
export function RecoveryInstructions() {
  const { t } = useTranslation('recovery');
  return (
    <details className="margin-y-3">
      <summary className="text-bold">{t('instructions.heading')}</summary>
      <ol className="usa-process-list margin-top-2">
        {steps.map((step) => (
          <li key={step} className="usa-process-list__item">
            <p className="margin-top-0">{t(`instructions.${step}`)}</p>
          </li>
        ))}
      </ol>
      <p>{t('instructions.note')}</p>
    </details>
  );
}
