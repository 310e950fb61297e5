import { isRouteErrorResponse, useRouteError } from 'react-router';
import { CaseNotFound } from '../../../features/cases/components/case-not-found.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { RouteErrorRoute } from '../route-error.tsx';

/**
 * The error element of a case's pages: a case that is not on this account (404 from the API, or a
 * number that cannot be one) gets its own page; anything else the general "something went wrong".
 */
export function CaseErrorRoute() {
  const error = useRouteError();
  if ((isApiError(error) && error.status === 404) || (isRouteErrorResponse(error) && error.status === 404))
    return <CaseNotFound />;
  return <RouteErrorRoute />;
}
