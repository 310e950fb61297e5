import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { pageLabelKey, paths } from '../../../config/paths.ts';

/** A parent who pays on no case (they receive support): why there is no form, and where to look. */
export function NotAPayer() {
  const { t } = useTranslation('makePayment');
  return (
    <div className="usa-alert usa-alert--info margin-y-3">
      <div className="usa-alert__body">
        <h2 className="usa-alert__heading">{t('notPayer.heading')}</h2>
        <p className="usa-alert__text">{t('notPayer.text')}</p>
        <p className="usa-alert__text">
          <Link to={paths.payments.path}>{t(pageLabelKey('payments'))}</Link>
        </p>
      </div>
    </div>
  );
}
