import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../../config/paths.ts';

/** The home page's call to action: sign in, or register on a first visit. */
export function SignInBox() {
  const { t } = useTranslation('home');
  return (
    <section className="usa-summary-box margin-top-4" aria-labelledby="sign-in-box-heading">
      <div className="usa-summary-box__body">
        <h2 className="usa-summary-box__heading" id="sign-in-box-heading">
          {t('signInBox.heading')}
        </h2>
        <div className="usa-summary-box__text">
          <p>{t('signInBox.text')}</p>
          <ul className="usa-button-group">
            <li className="usa-button-group__item">
              <Link className="usa-button" to={paths.signIn.path}>
                {t('signInBox.signIn')}
              </Link>
            </li>
            <li className="usa-button-group__item">
              <Link className="usa-button usa-button--outline" to={paths.register.path}>
                {t('signInBox.register')}
              </Link>
            </li>
          </ul>
        </div>
      </div>
    </section>
  );
}
