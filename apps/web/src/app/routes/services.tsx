import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { pageLabelKey, paths } from '../../config/paths.ts';

const whatWeDo = ['locate', 'paternity', 'orders', 'enforce', 'payments', 'review', 'license'] as const;
const listItems = ['item1', 'item2', 'item3', 'item4'] as const;

/** What the agency does, for each parent. */
export function ServicesRoute() {
  const { t } = useTranslation('services');
  return (
    <div className="usa-prose padding-y-4">
      <h1>{t(pageLabelKey('services'))}</h1>
      <p className="usa-intro">{t('intro')}</p>

      <h2>{t('whatWeDo')}</h2>
      {whatWeDo.map((item) => (
        <section key={item} aria-labelledby={`service-${item}`}>
          <h3 id={`service-${item}`}>{t(`items.${item}.title`)}</h3>
          <p>{t(`items.${item}.text`)}</p>
        </section>
      ))}

      <div className="grid-row grid-gap-lg">
        {(['custodial', 'nonCustodial'] as const).map((group) => (
          <section key={group} className="tablet:grid-col-6" aria-labelledby={`services-${group}`}>
            <h2 id={`services-${group}`}>{t(`${group}.heading`)}</h2>
            <ul className="usa-list">
              {listItems.map((item) => (
                <li key={item}>{t(`${group}.${item}`)}</li>
              ))}
            </ul>
          </section>
        ))}
      </div>

      <h2>{t('getStarted.heading')}</h2>
      <p>{t('getStarted.text')}</p>
      <ul className="usa-button-group">
        <li className="usa-button-group__item">
          <Link className="usa-button" to={paths.applyNow.path}>
            {t('getStarted.apply')}
          </Link>
        </li>
        <li className="usa-button-group__item">
          <Link className="usa-button usa-button--outline" to={paths.signIn.path}>
            {t('getStarted.signIn')}
          </Link>
        </li>
      </ul>
    </div>
  );
}
