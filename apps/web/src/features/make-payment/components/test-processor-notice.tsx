import { useTranslation } from 'react-i18next';

/** Shown while the API's card processor is the development test double: nothing here is real. */
export function TestProcessorNotice() {
  const { t } = useTranslation('makePayment');
  return (
    <div className="usa-alert usa-alert--warning margin-y-3" data-testid="test-processor-notice">
      <div className="usa-alert__body">
        <h2 className="usa-alert__heading">{t('testProcessor.heading')}</h2>
        <p className="usa-alert__text">{t('testProcessor.text')}</p>
      </div>
    </div>
  );
}
