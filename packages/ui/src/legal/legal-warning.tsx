import { useId } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The authorized-use warning every sign-in page shows, worded as on the agency's original site.
 * The legal text is only official in English, so other languages show a note and keep the
 * English text, marked `lang="en"` for screen readers.
 */
export function LegalWarning() {
  const { t, i18n } = useTranslation('ui');
  const headingId = useId();
  const english = i18n.resolvedLanguage === 'en';

  return (
    <section
      className="usa-alert usa-alert--warning usa-alert--no-icon cos-legal-warning"
      aria-labelledby={headingId}
    >
      <div className="usa-alert__body">
        <h2 className="usa-alert__heading" id={headingId}>
          {t('legalWarning.heading')}
        </h2>
        {!english && <p className="usa-alert__text">{t('legalWarning.englishOnly')}</p>}
        <p className="usa-alert__text" lang={english ? undefined : 'en'}>
          {t('legalWarning.body', { lng: 'en' })}
        </p>
      </div>
    </section>
  );
}
