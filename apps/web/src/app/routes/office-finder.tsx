import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageLoading } from '../../components/ui/page-loading.tsx';
import { PhoneLink } from '../../components/ui/phone-link.tsx';
import { pageLabelKey } from '../../config/paths.ts';
import { officesQueryOptions } from '../../features/offices/api/get-offices.ts';
import { OfficeResults } from '../../features/offices/components/office-results.tsx';
import { OfficeSearchForm } from '../../features/offices/components/office-search-form.tsx';

/**
 * Office Finder: search by county, city, ZIP code or office name. The query lives in the URL
 * (?q=), so results can be linked; the count is announced politely after each search.
 */
export function OfficeFinderRoute() {
  const { t } = useTranslation('offices');
  const [params, setParams] = useSearchParams();
  const q = params.get('q')?.trim() ?? '';
  const offices = useQuery(officesQueryOptions(q));
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
        {offices.isPending && <PageLoading />}
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
