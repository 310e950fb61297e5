import { GovBanner, MainContent, RouteTitle, SiteFooter, SiteHeader, SkipLink, type NavEntry } from '@cos/ui';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, ScrollRestoration } from 'react-router';
import { paths, type PageKey } from '../../config/paths.ts';
import { hasRole } from '../../lib/roles.ts';
import { useSession } from '../../lib/session/session-context.tsx';

// The console's pages in the navigation, in order; each shows only to the roles that may use it.
// Twelve pages do not fit one header row (at 1024 px the last ones fell off the screen), so all but
// the lookup sit in submenus by who works them: the queues, supervision, administration.
const navGroups = [
  { group: null, pages: ['home'] },
  {
    group: 'requests',
    pages: ['contactRequests', 'changeRequests', 'applications', 'documents', 'appointments'],
  },
  { group: 'supervision', pages: ['audit', 'notices', 'featureSwitches', 'appVersionPolicy'] },
  { group: 'administration', pages: ['offices', 'staffUsers', 'jobs', 'devMail'] },
] as const satisfies { group: string | null; pages: PageKey[] }[];

type ConsoleLayoutProps = {
  /** Header items while signed in (name, role, Sign out). */
  account?: ReactNode;
  /** Page-wide overlays that need the router (the idle warning). */
  overlays?: ReactNode;
  /** Notices written for staff, above the page's content. */
  notices?: ReactNode;
};

/** The console's frame: banner, header with the navigation the role allows, main content, footer. */
export function ConsoleLayout({ account, overlays, notices }: ConsoleLayoutProps) {
  const { t } = useTranslation();
  const session = useSession();
  const signedIn = session.status === 'signedIn' && !session.mustEnrollTotp;
  const primary: NavEntry[] = [];
  if (signedIn) {
    for (const { group, pages } of navGroups) {
      const items = pages
        .filter((key) => hasRole(session.role, paths[key].role))
        .map((key) => ({ to: paths[key].path, label: t(`pages.${key}`), end: key === 'home' }));
      if (group === null) primary.push(...items);
      else if (items.length > 0) primary.push({ label: t(`nav.${group}`), items });
    }
  }

  return (
    <>
      <RouteTitle siteTitle={t('siteTitle')} />
      <ScrollRestoration />
      <SkipLink />
      <GovBanner />
      <SiteHeader
        title={t('siteTitle')}
        homeTo={paths.home.path}
        navLabel={t('nav.label')}
        primary={primary}
        secondary={session.status === 'signedIn' ? [] : [{ to: paths.signIn.path, label: t('pages.signIn') }]}
        account={session.status === 'signedIn' ? account : undefined}
      />
      <MainContent>
        {notices}
        <Outlet />
      </MainContent>
      {overlays}
      <SiteFooter agencyName={t('agencyName')} note={t('staffOnly')} />
    </>
  );
}
