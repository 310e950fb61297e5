// Every URL of the web app, in one place: links, routes and the site map all read from here,
// so renaming a page cannot leave a broken link behind.

/** Where a page is listed on the site map. */
export type SiteMapSection = 'services' | 'account' | 'help';

export type PageDefinition = {
  path: string;
  section: SiteMapSection;
  /** Pages reached only as a step of a flow stay off the site map. */
  hidden?: boolean;
  /** Only for a signed-in parent (the route guard arrives with sign-in). */
  signedIn?: boolean;
};

export const paths = {
  home: { path: '/', section: 'help' },
  services: { path: '/services', section: 'services' },
  makePayment: { path: '/make-payment', section: 'services', signedIn: true },
  // The receipt of one payment, reached after confirming it (its URL needs a confirmation number).
  paymentReceipt: {
    path: '/make-payment/receipt/:confirmationNumber',
    section: 'services',
    hidden: true,
    signedIn: true,
  },
  applyNow: { path: '/apply', section: 'services' },
  // With one case it goes straight to that case's payments; with several it asks which.
  payments: { path: '/payments', section: 'services', signedIn: true },
  provideInfo: { path: '/provide-info', section: 'services', signedIn: true },
  myCase: { path: '/my-case', section: 'services', signedIn: true },
  documents: { path: '/documents', section: 'services', signedIn: true },
  appointments: { path: '/appointments', section: 'services', signedIn: true },
  directDeposit: { path: '/direct-deposit', section: 'services', signedIn: true },
  // One case's pages, reached from its card on My Case (their URLs need a case number: casePath()).
  caseDetail: { path: '/my-case/:caseNumber', section: 'services', hidden: true, signedIn: true },
  casePayments: { path: '/my-case/:caseNumber/payments', section: 'services', hidden: true, signedIn: true },
  caseStatement: {
    path: '/my-case/:caseNumber/statement',
    section: 'services',
    hidden: true,
    signedIn: true,
  },
  signIn: { path: '/sign-in', section: 'account' },
  // Step 2 of sign-in needs the User ID from step 1, so it is not a page to start from.
  signInPassword: { path: '/sign-in/password', section: 'account', hidden: true },
  // Step 3 for a parent with a second factor: the code, after a right password.
  signInCode: { path: '/sign-in/code', section: 'account', hidden: true },
  register: { path: '/register', section: 'account' },
  // The confirmation after registering, shown once (the new account is already signed in).
  registered: { path: '/register/done', section: 'account', hidden: true, signedIn: true },
  security: { path: '/security', section: 'account', signedIn: true },
  changePassword: { path: '/change-password', section: 'account', signedIn: true },
  notifications: { path: '/notifications', section: 'account', signedIn: true },
  // Reached from Security: the three security questions and their answers.
  securityQuestions: { path: '/security/questions', section: 'account', hidden: true, signedIn: true },
  forgot: { path: '/forgot', section: 'account' },
  officeFinder: { path: '/office-finder', section: 'help' },
  contact: { path: '/contact', section: 'help' },
  faq: { path: '/faq', section: 'help' },
  privacy: { path: '/privacy', section: 'help' },
  // Every notice in force, including those the visitor closed (notices also show above pages).
  notices: { path: '/notices', section: 'help' },
  siteMap: { path: '/site-map', section: 'help' },
} as const satisfies Record<string, PageDefinition>;

export type PageKey = keyof typeof paths;

/** The API endpoints the app calls (same origin: in development Vite forwards /api). */
export const apiPaths = {
  me: '/api/v1/me',
  meLanguage: '/api/v1/me/language',
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
    securityQuestions: '/api/v1/auth/security-questions',
    secondFactor: '/api/v1/auth/second-factor',
    secondFactorEmailCode: '/api/v1/auth/second-factor/email-code',
    passkeyOptions: '/api/v1/auth/passkey/options',
    passkey: '/api/v1/auth/passkey',
  },
  factors: {
    mine: '/api/v1/me/factors',
    passkeyOptions: '/api/v1/me/passkeys/options',
    passkeys: '/api/v1/me/passkeys',
    removePasskey: (id: string) => `/api/v1/me/passkeys/${encodeURIComponent(id)}/remove`,
    stepUpOptions: '/api/v1/me/step-up/options',
    totpStart: '/api/v1/me/totp/start',
    totpConfirm: '/api/v1/me/totp/confirm',
    totpRemove: '/api/v1/me/totp/remove',
    emailFactorStart: '/api/v1/me/email-factor/start',
    emailFactorConfirm: '/api/v1/me/email-factor/confirm',
    emailFactorRemove: '/api/v1/me/email-factor/remove',
    recoveryCodes: '/api/v1/me/recovery-codes',
  },
  recovery: {
    start: '/api/v1/recovery/start',
    answer: '/api/v1/recovery/answer',
    emailCode: '/api/v1/recovery/email-code',
  },
  registration: {
    verify: '/api/v1/registration/verify',
    complete: '/api/v1/registration/complete',
  },
  offices: '/api/v1/offices',
  notices: '/api/v1/notices',
  features: '/api/v1/features',
  directDeposit: '/api/v1/direct-deposit',
  directDepositPendingChange: '/api/v1/direct-deposit/pending-change',
  applications: { list: '/api/v1/applications', status: '/api/v1/applications/status' },
  contactRequests: '/api/v1/contact-requests',
  contactDetails: '/api/v1/me/contact-details',
  changeRequests: '/api/v1/change-requests',
  notificationPreferences: '/api/v1/me/notification-preferences',
  emailConfirmation: {
    send: '/api/v1/me/email/confirmation',
    verify: '/api/v1/me/email/confirmation/verify',
  },
  payments: {
    options: '/api/v1/payments/options',
    create: '/api/v1/payments',
    receipt: (confirmationNumber: string) => `/api/v1/payments/${encodeURIComponent(confirmationNumber)}`,
  },
  documents: {
    list: '/api/v1/documents',
    file: (id: string) => `/api/v1/documents/${encodeURIComponent(id)}/file`,
  },
  appointments: {
    list: '/api/v1/appointments',
    offices: '/api/v1/appointments/offices',
    slots: (officeId: string) => `/api/v1/offices/${encodeURIComponent(officeId)}/slots`,
    cancel: (id: string) => `/api/v1/appointments/${encodeURIComponent(id)}/cancel`,
  },
  cases: {
    list: '/api/v1/cases',
    detail: (caseNumber: string) => `/api/v1/cases/${encodeURIComponent(caseNumber)}`,
    payments: (caseNumber: string) => `/api/v1/cases/${encodeURIComponent(caseNumber)}/payments`,
    monthly: (caseNumber: string) => `/api/v1/cases/${encodeURIComponent(caseNumber)}/payments/monthly`,
  },
} as const;

export type CasePageKey = 'caseDetail' | 'casePayments' | 'caseStatement';

/**
 * The URL of one case's page, e.g. `casePath('casePayments', '1000000002', { source: 'mail' })`
 * → `/my-case/1000000002/payments?source=mail`. Empty query values are left out.
 */
export function casePath(
  key: CasePageKey,
  caseNumber: string,
  query: Record<string, string | undefined> = {},
): string {
  const path = paths[key].path.replace(':caseNumber', encodeURIComponent(caseNumber));
  const search = new URLSearchParams(
    Object.entries(query).filter((entry): entry is [string, string] => Boolean(entry[1])),
  ).toString();
  return search ? `${path}?${search}` : path;
}

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

/** The receipt page of one payment. */
export function paymentReceiptPath(confirmationNumber: string): string {
  return paths.paymentReceipt.path.replace(':confirmationNumber', encodeURIComponent(confirmationNumber));
}
