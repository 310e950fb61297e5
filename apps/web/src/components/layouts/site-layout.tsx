import { GovBanner, MainContent, RouteTitle, SiteFooter, SiteHeader, SkipLink, type NavItem } from '@cos/ui';
import { useTranslation } from 'react-i18next';
import { Outlet, ScrollRestoration } from 'react-router';
import { pageLabelKey, paths, type PageKey } from '../../config/paths.ts';
import { PhoneLink } from '../ui/phone-link.tsx';

// The original site's primary navigation, in its order.
const primaryPages = ['services', 'makePayment', 'applyNow', 'payments', 'provideInfo', 'myCase'] as const satisfies PageKey[];
const footerPages = ['privacy', 'siteMap', 'officeFinder', 'contact', 'faq'] as const satisfies PageKey[];

/** The frame of every page: banner, header with navigation, main content, footer. */
export function SiteLayout() {
  const { t } = useTranslation();
  const link = (key: PageKey): NavItem => ({ to: paths[key].path, label: t(pageLabelKey(key)) });

  return (
    <>
      <RouteTitle siteTitle={t('siteTitle')} />
      <ScrollRestoration />
      <SkipLink />
      <GovBanner />
      <SiteHeader
        agency={t('agencyShort')}
        title={t('siteTitle')}
        homeTo={paths.home.path}
        navLabel={t('nav.label')}
        primary={primaryPages.map(link)}
        secondary={[link('signIn')]}
      />
      <MainContent>
        <Outlet />
      </MainContent>
      <SiteFooter
        navLabel={t('footer.navLabel')}
        links={footerPages.map(link)}
        agencyName={t('agencyName')}
        contact={
          <p className="usa-footer__contact-info">
            {t('footer.phoneLabel')}
            <br />
            <PhoneLink />
          </p>
        }
      />
    </>
  );
}
