import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../../config/paths.ts';

/** The original site's "Link Information" paragraph: register once, then sign in. */
export function FirstVisit() {
  const { t } = useTranslation('home');
  return (
    <section aria-labelledby="first-visit-heading" className="margin-top-4">
      <h2 id="first-visit-heading">{t('firstVisit.heading')}</h2>
      <p>{t('firstVisit.text')}</p>
      <p>
        <Link to={paths.register.path}>{t('firstVisit.link')}</Link>
      </p>
    </section>
  );
}
