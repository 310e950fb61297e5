import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../../config/paths.ts';

const steps = ['step1', 'step2', 'step3', 'step4', 'step5'] as const;

/**
 * The original site's "Forgot your User ID or Password?" instructions, in plainer words and
 * matching how self-service recovery works here.
 */
export function SelfServiceSteps() {
  const { t } = useTranslation('home');
  return (
    <section aria-labelledby="forgot-heading">
      <h2 id="forgot-heading">{t('forgot.heading')}</h2>
      <p>{t('forgot.intro')}</p>
      <h3>{t('forgot.stepsHeading')}</h3>
      <ol className="usa-process-list">
        {steps.map((step) => (
          <li key={step} className="usa-process-list__item">
            <p>{t(`forgot.${step}`)}</p>
          </li>
        ))}
      </ol>
      <div className="usa-alert usa-alert--info usa-alert--slim usa-alert--no-icon">
        <div className="usa-alert__body">
          <p className="usa-alert__text">{t('forgot.note')}</p>
        </div>
      </div>
      <p>
        <Link className="usa-button usa-button--outline margin-top-2" to={paths.forgot.path}>
          {t('forgot.link')}
        </Link>
      </p>
    </section>
  );
}
