// Every URL of the console: pages (relative to the router's basename) and the API endpoints it calls.
// The basename is Vite's `base` (/console, written once, in vite.config.ts) when the console is served
// under it on the portal's origin, and empty on the console's own origin (CONSOLE_ORIGIN), where the
// server gives the console at / while its built files keep their /console/ URLs.
import type { StaffRole } from '@cos/contracts';

const builtBase = import.meta.env.BASE_URL.replace(/\/$/, '');
const underBuiltBase = (pathname: string) => pathname === builtBase || pathname.startsWith(`${builtBase}/`);
export const basename =
  typeof window === 'undefined' || underBuiltBase(window.location.pathname) ? builtBase : '';

export type ConsolePage = {
  path: string;
  /** The least role that may open it (admin ⊇ supervisor ⊇ agent); absent: no sign-in needed. */
  role?: StaffRole;
};

export const paths = {
  // Lookup is the console's home once signed in.
  home: { path: '/', role: 'agent' },
  signIn: { path: '/sign-in' },
  // Reached from sign-in when the account has no authenticator app yet (new, or reset by an admin).
  enrolTotp: { path: '/set-up-authenticator' },
  // Before that, the temporary password the administrator saw is replaced.
  choosePassword: { path: '/choose-password' },
  // A staff member's own password change, from the header.
  changePassword: { path: '/change-password', role: 'agent' },
  account: { path: '/accounts/:id', role: 'agent' },
  audit: { path: '/audit', role: 'supervisor' },
  staffUsers: { path: '/staff-users', role: 'admin' },
  offices: { path: '/offices', role: 'admin' },
  jobs: { path: '/jobs', role: 'admin' },
  devMail: { path: '/sent-mail', role: 'admin' },
  officeNew: { path: '/offices/new', role: 'admin' },
  officeEdit: { path: '/offices/:id', role: 'admin' },
  notices: { path: '/notices', role: 'supervisor' },
  featureSwitches: { path: '/feature-switches', role: 'supervisor' },
  appVersionPolicy: { path: '/app-version-policy', role: 'supervisor' },
  contactRequests: { path: '/contact-requests', role: 'agent' },
  documents: { path: '/documents', role: 'agent' },
  appointments: { path: '/appointments', role: 'agent' },
  contactRequest: { path: '/contact-requests/:id', role: 'agent' },
  changeRequests: { path: '/change-requests', role: 'agent' },
  changeRequest: { path: '/change-requests/:id', role: 'agent' },
  applications: { path: '/applications', role: 'agent' },
  application: { path: '/applications/:id', role: 'agent' },
} as const satisfies Record<string, ConsolePage>;

export type PageKey = keyof typeof paths;

/** The account view of one customer account. */
export const accountPath = (accountId: string) =>
  paths.account.path.replace(':id', encodeURIComponent(accountId));

/** One contact request's page. */
export const contactRequestPath = (id: string) =>
  paths.contactRequest.path.replace(':id', encodeURIComponent(id));

/** One parent's change request (Provide Info) in the review queue. */
export const changeRequestPath = (id: string) =>
  paths.changeRequest.path.replace(':id', encodeURIComponent(id));

/** One office's edit page (admin). */
export const officeEditPath = (id: string) => paths.officeEdit.path.replace(':id', encodeURIComponent(id));

/** One application (Apply Now) in the queue. */
export const applicationPath = (id: string) => paths.application.path.replace(':id', encodeURIComponent(id));

/** The audit page filtered, e.g. "who viewed this account". */
export function auditPath(filters: Record<string, string | undefined> = {}): string {
  const search = new URLSearchParams(
    Object.entries(filters).filter((entry): entry is [string, string] => Boolean(entry[1])),
  ).toString();
  return search ? `${paths.audit.path}?${search}` : paths.audit.path;
}

/**
 * Where to go after signing in: only a path of this app, never another site (`//evil.example`
 * or `https://…` would make the sign-in page an open redirect).
 */
export function safeNextPath(next: string | null | undefined): string | undefined {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return undefined;
  return next;
}

const staff = '/api/v1/staff';

/** The API endpoints (same origin: in development Vite forwards /api). */
export const apiPaths = {
  auth: {
    signIn: `${staff}/auth/sign-in`,
    refresh: `${staff}/auth/refresh`,
    signOut: `${staff}/auth/sign-out`,
    totpEnroll: `${staff}/auth/totp/enroll`,
    totpConfirm: `${staff}/auth/totp/confirm`,
    changePassword: `${staff}/auth/change-password`,
    passwordPolicy: '/api/v1/auth/password-policy',
  },
  me: `${staff}/me`,
  accounts: {
    search: `${staff}/accounts`,
    view: (id: string) => `${staff}/accounts/${encodeURIComponent(id)}`,
    action: (id: string, action: AccountAction) => `${staff}/accounts/${encodeURIComponent(id)}/${action}`,
  },
  audit: { list: `${staff}/audit`, csv: `${staff}/audit.csv` },
  documents: {
    list: `${staff}/documents`,
    file: (id: string) => `${staff}/documents/${encodeURIComponent(id)}/file`,
    review: (id: string) => `${staff}/documents/${encodeURIComponent(id)}/review`,
  },
  changeRequests: {
    list: `${staff}/change-requests`,
    view: (id: string) => `${staff}/change-requests/${encodeURIComponent(id)}`,
    review: (id: string) => `${staff}/change-requests/${encodeURIComponent(id)}/review`,
  },
  applications: {
    list: `${staff}/applications`,
    view: (id: string) => `${staff}/applications/${encodeURIComponent(id)}`,
    status: (id: string) => `${staff}/applications/${encodeURIComponent(id)}/status`,
  },
  appointments: {
    offices: `${staff}/appointments/offices`,
    day: `${staff}/appointments`,
    cancel: (id: string) => `${staff}/appointments/${encodeURIComponent(id)}/cancel`,
  },
  contactRequests: {
    list: `${staff}/contact-requests`,
    view: (id: string) => `${staff}/contact-requests/${encodeURIComponent(id)}`,
    answer: (id: string) => `${staff}/contact-requests/${encodeURIComponent(id)}/answer`,
  },
  notices: '/api/v1/notices',
  admin: {
    notices: '/api/v1/admin/notices',
    notice: (id: string) => `/api/v1/admin/notices/${encodeURIComponent(id)}`,
    features: '/api/v1/admin/features',
    feature: (key: string) => `/api/v1/admin/features/${encodeURIComponent(key)}`,
    appVersionPolicy: '/api/v1/admin/app-version-policy',
    offices: '/api/v1/admin/offices',
    office: (id: string) => `/api/v1/admin/offices/${encodeURIComponent(id)}`,
    jobs: '/api/v1/admin/jobs',
    retryJob: (queue: string, id: string) =>
      `/api/v1/admin/jobs/${encodeURIComponent(queue)}/${encodeURIComponent(id)}/retry`,
    devMail: '/api/v1/admin/dev-mail',
  },
  staffUsers: {
    list: '/api/v1/admin/staff-users',
    disable: (id: string) => `/api/v1/admin/staff-users/${encodeURIComponent(id)}/disable`,
    reset: (id: string) => `/api/v1/admin/staff-users/${encodeURIComponent(id)}/reset`,
  },
} as const;

export type AccountAction =
  'unlock' | 'lift-recovery-lock' | 'revoke-sessions' | 'notes' | 'reveal-ssn' | 'factors' | 'remove-factor';

/** `?a=1&b=2` from the values that are set. */
export function queryString(values: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams(
    Object.entries(values)
      .filter((entry): entry is [string, string | number] => entry[1] !== undefined && entry[1] !== '')
      .map(([key, value]) => [key, String(value)]),
  ).toString();
  return search ? `?${search}` : '';
}
