import { useTranslation } from 'react-i18next';
import { FirstVisit } from '../../features/home/components/first-visit.tsx';
import { HelpBox } from '../../features/home/components/help-box.tsx';
import { SelfServiceSteps } from '../../features/home/components/self-service-steps.tsx';
import { ServiceLinks } from '../../features/home/components/service-links.tsx';
import { SignInBox } from '../../features/home/components/sign-in-box.tsx';
import { NoticeBanners } from '../../features/notices/components/notice-banners.tsx';

export function HomeRoute() {
  const { t } = useTranslation('home');
  return (
    <div className="padding-y-4">
      <h1>{t('title')}</h1>
      <p className="usa-intro">{t('intro')}</p>
      {/* Outage banners and agency notices, as on the agency's home page (the layout leaves them to this page). */}
      <NoticeBanners />
      <div className="grid-row grid-gap-lg">
        {/* Sign-in comes first on phones, and sits on the right on wider screens. */}
        <div className="tablet:grid-col-5 tablet:order-last usa-prose">
          <SignInBox />
          <HelpBox />
        </div>
        <div className="tablet:grid-col-7 usa-prose">
          <SelfServiceSteps />
          <FirstVisit />
        </div>
      </div>
      <ServiceLinks />
    </div>
  );
}
