import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../config/paths.ts';

export function NotFoundRoute() {
  const { t } = useTranslation('errors');
  return (
    <div className="usa-prose padding-y-4">
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.body')}</p>
      <p>
        <Link to={paths.home.path}>{t('notFound.home')}</Link>
      </p>
    </div>
  );
}
