import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { listPages, pageLabelKey, type SiteMapSection } from '../../config/paths.ts';

const sections: readonly SiteMapSection[] = ['services', 'account', 'help'];

/** Every page in paths.ts but the steps of a flow, grouped. */
export function SiteMapRoute() {
  const { t } = useTranslation('site-map');
  const pages = listPages().filter(({ page }) => !page.hidden);

  return (
    <div className="usa-prose padding-y-4">
      <h1>{t(pageLabelKey('siteMap'))}</h1>
      <p className="usa-intro">{t('intro')}</p>
      {sections.map((section) => (
        <section key={section} aria-labelledby={`site-map-${section}`}>
          <h2 id={`site-map-${section}`}>{t(`sections.${section}`)}</h2>
          <ul className="usa-list">
            {pages
              .filter(({ page }) => page.section === section)
              .map(({ key, page }) => (
                <li key={key}>
                  <Link to={page.path}>{t(pageLabelKey(key))}</Link>
                </li>
              ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
