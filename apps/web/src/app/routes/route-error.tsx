import { useTranslation } from 'react-i18next';
import { Link, isRouteErrorResponse, useRouteError } from 'react-router';
import { PhoneLink } from '../../components/ui/phone-link.tsx';
import { paths } from '../../config/paths.ts';
import { NotFoundRoute } from './not-found.tsx';

/**
 * Shown inside the layout when a page fails to render or load. It never shows the error itself:
 * details belong in the server's logs, not in front of a parent.
 */
export function RouteErrorRoute() {
  const { t } = useTranslation('errors');
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundRoute />;

  return (
    <div className="usa-prose padding-y-4">
      <h1>{t('routeError.title')}</h1>
      <p className="usa-intro">{t('routeError.body')}</p>
      <p>
        <PhoneLink />
      </p>
      <p>
        <Link to={paths.home.path}>{t('routeError.home')}</Link>
      </p>
    </div>
  );
}
