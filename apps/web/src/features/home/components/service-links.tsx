import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { pageLabelKey, paths } from '../../../config/paths.ts';

const services = ['makePayment', 'applyNow', 'payments', 'provideInfo', 'myCase', 'officeFinder'] as const;

/** A card per online service; the card's heading is the link, so each link says where it goes. */
export function ServiceLinks() {
  const { t } = useTranslation('home');
  return (
    <section aria-labelledby="services-heading" className="margin-top-4">
      <h2 id="services-heading">{t('services.heading')}</h2>
      <ul className="usa-card-group">
        {services.map((key) => (
          <li key={key} className="usa-card tablet:grid-col-6 desktop:grid-col-4">
            <div className="usa-card__container">
              <div className="usa-card__header">
                <h3 className="usa-card__heading">
                  <Link to={paths[key].path}>{t(pageLabelKey(key))}</Link>
                </h3>
              </div>
              <div className="usa-card__body">
                <p>{t(`services.${key}`)}</p>
              </div>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
