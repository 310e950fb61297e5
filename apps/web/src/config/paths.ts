// Every URL of the web app, in one place: links, routes and the site map all read from here,
// so renaming a page cannot leave a broken link behind.

/** Where a page is listed on the site map. */
export type SiteMapSection = 'services' | 'account' | 'help';

export type PageDefinition = {
  path: string;
  section: SiteMapSection;
  /** Not built yet: the router gives it a "coming soon" page so no link is broken. */
  comingSoon?: boolean;
  /** Pages reached only as a step of a flow stay off the site map. */
  hidden?: boolean;
  /** Only for a signed-in parent (the route guard arrives with sign-in). */
  signedIn?: boolean;
};

export const paths = {
  home: { path: '/', section: 'help' },
  services: { path: '/services', section: 'services' },
  makePayment: { path: '/make-payment', section: 'services', comingSoon: true, signedIn: true },
  applyNow: { path: '/apply', section: 'services', comingSoon: true },
  payments: { path: '/payments', section: 'services', comingSoon: true, signedIn: true },
  provideInfo: { path: '/provide-info', section: 'services', comingSoon: true, signedIn: true },
  myCase: { path: '/my-case', section: 'services', comingSoon: true, signedIn: true },
  signIn: { path: '/sign-in', section: 'account' },
  // Step 2 of sign-in needs the User ID from step 1, so it is not a page to start from.
  signInPassword: { path: '/sign-in/password', section: 'account', hidden: true },
  register: { path: '/register', section: 'account' },
  // The confirmation after registering, shown once (the new account is already signed in).
  registered: { path: '/register/done', section: 'account', hidden: true, signedIn: true },
  security: { path: '/security', section: 'account', signedIn: true },
  changePassword: { path: '/change-password', section: 'account', signedIn: true },
  forgot: { path: '/forgot', section: 'account', comingSoon: true },
  officeFinder: { path: '/office-finder', section: 'help', comingSoon: true },
  contact: { path: '/contact', section: 'help', comingSoon: true },
  faq: { path: '/faq', section: 'help', comingSoon: true },
  privacy: { path: '/privacy', section: 'help' },
  siteMap: { path: '/site-map', section: 'help' },
} as const satisfies Record<string, PageDefinition>;

export type PageKey = keyof typeof paths;

/** The API endpoints the app calls (same origin: in development Vite forwards /api). */
export const apiPaths = {
  me: '/api/v1/me',
  securityQuestions: '/api/v1/security-questions',
  auth: {
    passwordPolicy: '/api/v1/auth/password-policy',
    identify: '/api/v1/auth/identify',
    signIn: '/api/v1/auth/sign-in',
    refresh: '/api/v1/auth/refresh',
    signOut: '/api/v1/auth/sign-out',
    signOutEverywhere: '/api/v1/auth/sign-out-everywhere',
    changePassword: '/api/v1/auth/change-password',
    signIns: '/api/v1/auth/sign-ins',
  },
  registration: {
    verify: '/api/v1/registration/verify',
    complete: '/api/v1/registration/complete',
  },
} as const;

/**
 * Where to go after signing in: only a path of this app, never another site (`//evil.example`
 * or `https://…` would make the sign-in page an open redirect).
 */
export function safeNextPath(next: string | null | undefined): string | undefined {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return undefined;
  return next;
}

export function isPageKey(key: string): key is PageKey {
  return Object.hasOwn(paths, key);
}

/** All pages in declaration order, with their keys (labels live at `common:pages.<key>`). */
export function listPages(): { key: PageKey; page: PageDefinition }[] {
  return Object.keys(paths)
    .filter(isPageKey)
    .map((key) => ({ key, page: paths[key] }));
}

/** Translation key of a page's name, used for its h1, its title, and links to it. */
export function pageLabelKey(key: PageKey): `common:pages.${PageKey}` {
  return `common:pages.${key}`;
}
