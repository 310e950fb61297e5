import { IdleWarningDialog, idlePolicyFromMinutes, useIdleTimeout } from '@cos/ui';
import { SECURITY_POLICY_DEFAULTS } from '@cos/contracts';
import { useCallback } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { paths } from '../../../config/paths.ts';
import { useSession, useSessionStore } from '../../../lib/session/session-context.tsx';
import { signOut } from '../api/sign-out.ts';

const { idleMinutes, idleWarningMinutes } = SECURITY_POLICY_DEFAULTS.session;
const policy = idlePolicyFromMinutes(idleMinutes, idleWarningMinutes);

/**
 * docs/product.md §5: after 13 minutes without activity a modal warns that the session ends in 2; "Stay
 * signed in" refreshes it, "Sign out" (or doing nothing) ends it and shows the sign-in page with
 * the reason.
 */
export function IdleTimeout() {
  const session = useSession();
  const store = useSessionStore();
  const navigate = useNavigate();
  const location = useLocation();

  const end = useCallback(
    async (reason: 'idle' | 'user') => {
      const next = `${location.pathname}${location.search}`;
      await signOut(reason);
      const search = reason === 'idle' ? `?${new URLSearchParams({ next })}` : '';
      await navigate(`${paths.signIn.path}${search}`, { replace: true });
    },
    [location.pathname, location.search, navigate],
  );
  const onTimeout = useCallback(() => void end('idle'), [end]);
  const { warningRemainingMs, stayActive } = useIdleTimeout({
    enabled: session.status === 'signedIn',
    onTimeout,
    policy,
    channelName: 'cos-session-activity',
  });

  function stay() {
    stayActive();
    // A fresh token also tells the server the session is in use (its own idle clock).
    void store.refresh();
  }

  return (
    <IdleWarningDialog
      remainingMs={warningRemainingMs}
      idleMinutes={idleMinutes}
      onStay={stay}
      onSignOut={() => void end('user')}
    />
  );
}
