import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { pageLabelKey, paths } from '../../config/paths.ts';
import { SignInHistory } from '../../features/auth/components/sign-in-history.tsx';
import { PasskeysSection } from '../../features/factors/components/passkeys-section.tsx';
import { SecondFactorSection } from '../../features/factors/components/second-factor-section.tsx';
import { SignOutEverywhere } from '../../features/auth/components/sign-out-everywhere.tsx';

export function SecurityRoute() {
  const { t } = useTranslation('auth');
  return (
    <div className="padding-y-4">
      <h1>{t(pageLabelKey('security'))}</h1>
      <p className="usa-intro">{t('security.intro')}</p>
      <section aria-labelledby="sign-ins-heading" className="margin-top-4">
        <h2 id="sign-ins-heading">{t('security.signInsHeading')}</h2>
        <p>{t('security.signInsIntro')}</p>
        <SignInHistory />
      </section>
      <PasskeysSection />
      <SecondFactorSection />
      <section aria-labelledby="password-heading" className="margin-top-5">
        <h2 id="password-heading">{t('security.passwordHeading')}</h2>
        <p>{t('security.passwordText')}</p>
        <p>
          <Link to={paths.changePassword.path}>{t(pageLabelKey('changePassword'))}</Link>
        </p>
      </section>
      <section aria-labelledby="questions-heading" className="margin-top-5">
        <h2 id="questions-heading">{t('security.questionsHeading')}</h2>
        <p>{t('security.questionsText')}</p>
        <p>
          <Link to={paths.securityQuestions.path}>{t('security.questionsLink')}</Link>
        </p>
      </section>
      <section aria-labelledby="everywhere-heading" className="margin-top-5">
        <h2 id="everywhere-heading">{t('security.everywhereHeading')}</h2>
        <p>{t('security.everywhereText')}</p>
        <SignOutEverywhere />
      </section>
    </div>
  );
}
