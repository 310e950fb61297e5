import { GovBanner, MainContent, RouteTitle, SiteFooter, SiteHeader, SkipLink, type NavItem } from '@cos/ui';
import type { ComponentType, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, ScrollRestoration } from 'react-router';
import { pageLabelKey, paths, type PageKey } from '../../config/paths.ts';
import { useSession } from '../../lib/session/session-context.tsx';
import { PhoneLink } from '../ui/phone-link.tsx';
import './print.css';

// The original site's primary navigation, in its order.
const primaryPages = [
  'services',
  'makePayment',
  'applyNow',
  'payments',
  'provideInfo',
  'myCase',
] as const satisfies PageKey[];
const footerPages = ['privacy', 'siteMap', 'officeFinder', 'contact', 'faq'] as const satisfies PageKey[];

type SiteLayoutProps = {
  /** Header items for a signed-in parent (name, Sign Out); Sign In shows otherwise. */
  account?: ReactNode;
  /** Page-wide overlays that need the router (the idle warning). */
  overlays?: ReactNode;
  /** Places the agency's notices and outage banners above the page's own content (its children). */
  Notices?: ComponentType<{ children: ReactNode }>;
};

/** The frame of every page: banner, header with navigation, main content, footer. */
export function SiteLayout({ account, overlays, Notices }: SiteLayoutProps) {
  const { t } = useTranslation();
  const signedIn = useSession().status === 'signedIn';
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
        secondary={signedIn ? [] : [link('signIn')]}
        account={signedIn ? account : undefined}
      />
      <MainContent>
        {Notices ? (
          <Notices>
            <Outlet />
          </Notices>
        ) : (
          <Outlet />
        )}
      </MainContent>
      {overlays}
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
