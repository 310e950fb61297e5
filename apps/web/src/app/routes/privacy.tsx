import { useTranslation } from 'react-i18next';
import { PhoneLink } from '../../components/ui/phone-link.tsx';
import { pageLabelKey } from '../../config/paths.ts';

const protections = ['item1', 'item2', 'item3', 'item4', 'item5'] as const;
const habits = ['item1', 'item2', 'item3', 'item4'] as const;

/** How personal information is protected, and how parents keep their account safe. */
export function PrivacyRoute() {
  const { t } = useTranslation('privacy');
  return (
    <div className="usa-prose padding-y-4">
      <h1>{t(pageLabelKey('privacy'))}</h1>
      <p className="usa-intro">{t('intro')}</p>

      <h2>{t('protect.heading')}</h2>
      <ul className="usa-list">
        {protections.map((item) => (
          <li key={item}>{t(`protect.${item}`)}</li>
        ))}
      </ul>

      <div
        className="usa-alert usa-alert--warning margin-y-4"
        role="note"
        aria-labelledby="never-ask-heading"
      >
        <div className="usa-alert__body">
          <h2 className="usa-alert__heading" id="never-ask-heading">
            {t('neverAsk.heading')}
          </h2>
          <p className="usa-alert__text">{t('neverAsk.text')}</p>
        </div>
      </div>

      <h2>{t('yourPart.heading')}</h2>
      <ul className="usa-list">
        {habits.map((item) => (
          <li key={item}>{t(`yourPart.${item}`)}</li>
        ))}
      </ul>

      <h2>{t('suspect.heading')}</h2>
      <p>
        {t('suspect.text')} <PhoneLink />
      </p>
    </div>
  );
}
