// The console's staff session: the shared store (@cos/ui, where the design is explained) bound to
// the staff grant. The refresh token is the HttpOnly `cos_staff_refresh` cookie
// (Path=/api/v1/staff/auth); the server ends the session after 15 idle minutes and at 8 hours, and
// its refusal to refresh ends it here ("expired").
import type { StaffRole, StaffSessionGrant } from '@cos/contracts';
import {
  createSessionStore as createSharedSessionStore,
  type SessionState as SharedSessionState,
  type SessionStoreOptions as SharedSessionStoreOptions,
  type SignedInState as SharedSignedInState,
  type SignOutReason as SharedSignOutReason,
} from '@cos/ui';

/** Why the last session ended, so the sign-in page can say so. */
export type SignOutReason = SharedSignOutReason;

type StaffSignedIn = {
  role: StaffRole;
  displayName: string;
  /** The session may only set up the authenticator app (a new or reset staff account). */
  mustEnrollTotp: boolean;
  /** The password is a temporary one an administrator set: the staff member chooses one first. */
  mustChangePassword: boolean;
};

export type SignedInState = SharedSignedInState<StaffSignedIn>;

export type SessionState = SharedSessionState<StaffSignedIn, SignOutReason>;

export type SessionStoreOptions = Omit<
  SharedSessionStoreOptions<StaffSessionGrant, StaffSignedIn>,
  'toSignedIn'
>;

export type SessionStore = ReturnType<typeof createSessionStore>;

export function createSessionStore(options: SessionStoreOptions) {
  return createSharedSessionStore<StaffSessionGrant, StaffSignedIn, SignOutReason>({
    ...options,
    toSignedIn: ({ role, displayName, mustEnrollTotp, mustChangePassword }) => ({
      role,
      displayName,
      mustEnrollTotp,
      mustChangePassword,
    }),
  });
}
