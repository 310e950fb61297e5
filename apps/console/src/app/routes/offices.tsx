import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { PageLoading } from '../../components/ui/page-loading.tsx';
import { paths } from '../../config/paths.ts';
import { officesQueryOptions } from '../../features/offices/api/offices.ts';
import { OfficeTable } from '../../features/offices/components/office-table.tsx';

/** What the create and edit pages hand back here: the office just saved, to say so. */
const savedName = (state: unknown): string | null =>
  typeof state === 'object' && state !== null && 'saved' in state && typeof state.saved === 'string'
    ? state.saved
    : null;

/** Admins: the offices of the Office Finder and of appointments — list, add, edit, close and reopen. */
export function OfficesRoute() {
  const { t } = useTranslation('offices');
  const offices = useQuery(officesQueryOptions());
  const saved = savedName(useLocation().state);

  return (
    <div className="padding-y-4">
      <h1>{t('title')}</h1>
      <p className="usa-intro">{t('intro')}</p>
      {saved && (
        <div className="usa-alert usa-alert--success usa-alert--slim margin-y-2" role="status">
          <div className="usa-alert__body">
            <p className="usa-alert__text">{t('saved', { name: saved })}</p>
          </div>
        </div>
      )}
      <p>
        <Link to={paths.officeNew.path} className="usa-button">
          {t('add')}
        </Link>
      </p>
      <section aria-labelledby="office-list-heading">
        <h2 id="office-list-heading">{t('table.heading')}</h2>
        {offices.isPending && <PageLoading />}
        {offices.isError && <p role="alert">{t('table.error')}</p>}
        {offices.data && <OfficeTable offices={offices.data.items} />}
      </section>
    </div>
  );
}
