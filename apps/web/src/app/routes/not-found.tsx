import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../config/paths.ts';

/** Any address no route claims. */
export function NotFoundRoute() {
  const { t } = useTranslation('errors');
  return (
    <div className="usa-prose padding-y-4">
      <h1>{t('notFound.title')}</h1>
      <p className="usa-intro">{t('notFound.body')}</p>
      <p>{t('notFound.next')}</p>
      <ul className="usa-list">
        <li>
          <Link to={paths.home.path}>{t('notFound.home')}</Link>
        </li>
        <li>
          <Link to={paths.siteMap.path}>{t('notFound.siteMap')}</Link>
        </li>
      </ul>
    </div>
  );
}
