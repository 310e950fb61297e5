import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { PageLoading } from '../../components/ui/page-loading.tsx';
import { paths } from '../../config/paths.ts';
import { officeQueryOptions } from '../../features/offices/api/offices.ts';
import { OfficeForm } from '../../features/offices/components/office-form.tsx';
import { isApiError } from '../../lib/api-client.ts';

/** Admins: one office's details to correct (closing and reopening are on the list, with a reason). */
export function OfficeEditRoute() {
  const { t } = useTranslation('offices');
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const office = useQuery(officeQueryOptions(id));
  const missing = isApiError(office.error, 'NOT_FOUND') || isApiError(office.error, 'VALIDATION_FAILED');

  return (
    <div className="padding-y-4">
      <p>
        <Link to={paths.offices.path}>{t('back')}</Link>
      </p>
      <h1>{office.data ? t('edit.title', { name: office.data.name }) : t('edit.titleLoading')}</h1>
      {office.isPending && <PageLoading />}
      {office.isError && <p role="alert">{missing ? t('edit.notFound') : t('table.error')}</p>}
      {office.data && !office.data.active && (
        <div className="usa-alert usa-alert--warning usa-alert--slim margin-y-2">
          <div className="usa-alert__body">
            <p className="usa-alert__text">{t('edit.closedNote')}</p>
          </div>
        </div>
      )}
      {office.data && (
        <OfficeForm
          key={office.data.id}
          editing={office.data}
          onSaved={(saved) => void navigate(paths.offices.path, { state: { saved: saved.name } })}
        />
      )}
    </div>
  );
}
