import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { paths } from '../../config/paths.ts';
import { OfficeForm } from '../../features/offices/components/office-form.tsx';

/** Admins: a new office, open at once (the Office Finder lists it, parents can book there). */
export function OfficeNewRoute() {
  const { t } = useTranslation('offices');
  const navigate = useNavigate();
  return (
    <div className="padding-y-4">
      <p>
        <Link to={paths.offices.path}>{t('back')}</Link>
      </p>
      <h1>{t('create.title')}</h1>
      <p className="usa-intro">{t('create.intro')}</p>
      <OfficeForm
        editing={null}
        onSaved={(office) => void navigate(paths.offices.path, { state: { saved: office.name } })}
      />
    </div>
  );
}
