import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PhoneLink } from '../../../components/ui/phone-link.tsx';
import { paths } from '../../../config/paths.ts';

/** Where to turn when the website is not enough. */
export function HelpBox() {
  const { t } = useTranslation('home');
  return (
    <section aria-labelledby="help-heading" className="margin-top-4">
      <h2 id="help-heading">{t('help.heading')}</h2>
      <p>{t('help.text')}</p>
      <p>
        <Link to={paths.contact.path}>{t('help.contact')}</Link>
      </p>
      <p>
        {t('help.callUs')} <PhoneLink />
      </p>
    </section>
  );
}
