import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PhoneLink } from '../../../components/ui/phone-link.tsx';
import { paths } from '../../../config/paths.ts';

/**
 * A case number that is not on this parent's account. Whether it exists at all is not said (the
 * API answers the same for another parent's case and a missing one).
 */
export function CaseNotFound() {
  const { t } = useTranslation('cases');
  return (
    <div className="usa-prose padding-y-4">
      <h1>{t('notFound.title')}</h1>
      <p className="usa-intro">{t('notFound.body')}</p>
      <p>
        {t('notFound.help')} <PhoneLink />
      </p>
      <p>
        <Link to={paths.myCase.path}>{t('notFound.back')}</Link>
      </p>
    </div>
  );
}
