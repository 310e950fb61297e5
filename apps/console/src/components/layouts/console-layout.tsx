import { GovBanner, MainContent, RouteTitle, SiteFooter, SiteHeader, SkipLink } from '@cos/ui';
import { useTranslation } from 'react-i18next';
import { Outlet, ScrollRestoration } from 'react-router';
import { paths } from '../../config/paths.ts';

/**
 * The console's frame. The navigation holds only "Staff sign in" for now; search, accounts,
 * notices and audit join it with their issues (and only once a staff member is signed in).
 */
export function ConsoleLayout() {
  const { t } = useTranslation();
  return (
    <>
      <RouteTitle siteTitle={t('siteTitle')} />
      <ScrollRestoration />
      <SkipLink />
      <GovBanner />
      <SiteHeader
        title={t('siteTitle')}
        homeTo={paths.signIn.path}
        navLabel={t('nav.label')}
        primary={[{ to: paths.signIn.path, label: t('pages.signIn') }]}
      />
      <MainContent>
        <Outlet />
      </MainContent>
      <SiteFooter agencyName={t('agencyName')} note={t('staffOnly')} />
    </>
  );
}
