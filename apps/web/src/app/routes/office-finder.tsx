import { OfficeSearchQuery } from '@cos/contracts';
import { useQuery, type QueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams, type LoaderFunction } from 'react-router';
import { PageLoading } from '../../components/ui/page-loading.tsx';
import { PhoneLink } from '../../components/ui/phone-link.tsx';
import { pageLabelKey } from '../../config/paths.ts';
import { officesQueryOptions } from '../../features/offices/api/get-offices.ts';
import { OfficeResults } from '../../features/offices/components/office-results.tsx';
import { OfficeSearchForm } from '../../features/offices/components/office-search-form.tsx';
import { session } from '../../lib/session/session.ts';

const isValidQuery = (q: string) => OfficeSearchQuery.safeParse({ q }).success;

export function officeFinderLoader(queryClient: QueryClient): LoaderFunction {
  return async ({ request }) => {
    // The session settles first: a signed-out visitor's silent refresh clears the query cache
    // (app/provider.tsx), which would drop a search that was already on its way.
    await session.start();
    const q = new URL(request.url).searchParams.get('q')?.trim() ?? '';
    // A failure shows on the page (useQuery has the error), not as a broken route.
    if (isValidQuery(q)) await queryClient.ensureQueryData(officesQueryOptions(q)).catch(() => undefined);
    return null;
  };
}

/**
 * Office Finder: search by county, city, ZIP code or office name. The query lives in the URL
 * (?q=), so results can be linked; the count is announced politely after each search.
 */
export function OfficeFinderRoute() {
  const { t } = useTranslation('offices');
  const [params, setParams] = useSearchParams();
  const q = params.get('q')?.trim() ?? '';
  const valid = isValidQuery(q);
  const offices = useQuery({ ...officesQueryOptions(q), enabled: valid });
  const count = offices.data?.items.length;

  return (
    <div className="padding-y-4">
      <h1>{t(pageLabelKey('officeFinder'))}</h1>
      <p className="usa-intro">{t('intro')}</p>
      <OfficeSearchForm key={q} initial={q} onSearch={(next) => setParams(next ? { q: next } : {})} />
      <section aria-labelledby="office-results-heading" className="margin-top-4">
        <h2 id="office-results-heading">{q ? t('results.headingFor', { q }) : t('results.headingAll')}</h2>
        <p role="status" aria-live="polite" className="text-bold">
          {count === undefined ? '' : count === 0 ? t('results.none') : t('results.count', { count })}
        </p>
        {!valid && <p role="alert">{t('errors.query')}</p>}
        {valid && offices.isPending && <PageLoading />}
        {offices.isError && (
          <p role="alert">
            {t('results.error')} <PhoneLink />
          </p>
        )}
        {count === 0 && <p>{t('results.emptyHelp')}</p>}
        {offices.data && <OfficeResults offices={offices.data.items} />}
      </section>
    </div>
  );
}
