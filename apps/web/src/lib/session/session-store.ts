// The portal's session: the shared store (@cos/ui, where the design is explained) bound to the
// parent's grant, which says whether the session may only change its password.
import type { SessionGrant } from '@cos/contracts';
import {
  createSessionStore as createSharedSessionStore,
  type SessionState as SharedSessionState,
  type SessionStoreOptions as SharedSessionStoreOptions,
  type SignOutReason as SharedSignOutReason,
} from '@cos/ui';

/** Why the last session ended; 'everywhere' when the parent signed out on every device. */
export type SignOutReason = SharedSignOutReason<'everywhere'>;

type SignedIn = { mustChangePassword: boolean };

export type SessionState = SharedSessionState<SignedIn, SignOutReason>;

export type SessionStoreOptions = Omit<SharedSessionStoreOptions<SessionGrant, SignedIn>, 'toSignedIn'>;

export type SessionStore = ReturnType<typeof createSessionStore>;

export function createSessionStore(options: SessionStoreOptions) {
  const store = createSharedSessionStore<SessionGrant, SignedIn, SignOutReason>({
    ...options,
    toSignedIn: (grant) => ({ mustChangePassword: grant.mustChangePassword }),
  });
  return {
    ...store,
    /** The server says this session may only change its password (403 PASSWORD_CHANGE_REQUIRED). */
    requirePasswordChange() {
      const state = store.getState();
      if (state.status === 'signedIn' && !state.mustChangePassword)
        store.updateSignedIn({ mustChangePassword: true });
    },
  };
}
