import { IdleWarningDialog, idlePolicyFromMinutes, useIdleTimeout } from '@cos/ui';
import { SECURITY_POLICY_DEFAULTS } from '@cos/contracts';
import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { paths } from '../../../config/paths.ts';
import { useSession, useSessionStore } from '../../../lib/session/session-context.tsx';
import { staffMeQueryOptions } from '../api/get-me.ts';
import { signOut } from '../api/sign-out.ts';

const defaults = SECURITY_POLICY_DEFAULTS.session;

/**
 * docs/product.md §5 for staff: 2 minutes before the idle timeout (15 minutes, the figures the API gives in
 * /staff/me) a modal warns; "Stay signed in" refreshes the session (which also tells the server it
 * is in use), "Sign out" or doing nothing ends it and the sign-in page says why.
 */
export function IdleTimeout() {
  const session = useSession();
  const store = useSessionStore();
  const navigate = useNavigate();
  const location = useLocation();
  const signedIn = session.status === 'signedIn';
  const me = useQuery({ ...staffMeQueryOptions(), enabled: signedIn });
  const idleMinutes = me.data?.idleMinutes ?? defaults.idleMinutes;
  const warningMinutes = me.data?.idleWarningMinutes ?? defaults.idleWarningMinutes;
  const policy = useMemo(
    () => idlePolicyFromMinutes(idleMinutes, warningMinutes),
    [idleMinutes, warningMinutes],
  );

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
    enabled: signedIn,
    onTimeout,
    policy,
    channelName: 'cos-staff-session-activity',
  });

  function stay() {
    stayActive();
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
