import { useTranslation } from 'react-i18next';
import { Link, isRouteErrorResponse, useRouteError } from 'react-router';
import { paths } from '../../config/paths.ts';
import { NotFoundRoute } from './not-found.tsx';

/** Inside the layout, so the header stays; the error's details stay out of the page. */
export function RouteErrorRoute() {
  const { t } = useTranslation('errors');
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundRoute />;

  return (
    <div className="usa-prose padding-y-4">
      <h1>{t('routeError.title')}</h1>
      <p>{t('routeError.body')}</p>
      <p>
        <Link to={paths.home.path}>{t('routeError.home')}</Link>
      </p>
    </div>
  );
}
