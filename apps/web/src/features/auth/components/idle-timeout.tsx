import { ModalDialog } from '@cos/ui';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { paths } from '../../../config/paths.ts';
import { announcedSeconds, idlePolicy } from '../../../lib/session/idle.ts';
import { useSession, useSessionStore } from '../../../lib/session/session-context.tsx';
import { useIdleTimeout } from '../../../lib/session/use-idle-timeout.ts';
import { signOut } from '../api/sign-out.ts';

const idleMinutes = idlePolicy.idleMs / 60_000;

/**
 * SPEC.md §5: after 13 minutes without activity a modal warns that the session ends in 2; "Stay
 * signed in" refreshes it, "Sign out" (or doing nothing) ends it and shows the sign-in page with
 * the reason.
 */
export function IdleTimeout() {
  const { t } = useTranslation('auth');
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
  const { warningRemainingMs, stayActive } = useIdleTimeout({ enabled: session.status === 'signedIn', onTimeout });

  function stay() {
    stayActive();
    // A fresh token also tells the server the session is in use (its own idle clock).
    void store.refresh();
  }

  const open = warningRemainingMs !== null;
  const seconds = Math.ceil((warningRemainingMs ?? 0) / 1000);
  const spoken = announcedSeconds(warningRemainingMs ?? 0);

  return (
    <ModalDialog
      open={open}
      role="alertdialog"
      heading={t('idle.heading')}
      onCancel={stay}
      description={
        <>
          <p>{t('idle.body', { minutes: idleMinutes })}</p>
          <p className="text-bold" aria-hidden="true">
            {t('idle.countdown', { time: formatCountdown(seconds) })}
          </p>
        </>
      }
      extra={
        <p className="usa-sr-only" aria-live="polite" aria-atomic="true">
          {open && t('idle.announce', { count: spoken >= 60 ? spoken / 60 : spoken, context: spoken >= 60 ? 'minutes' : 'seconds' })}
        </p>
      }
    >
      <li className="usa-button-group__item">
        <button type="button" className="usa-button" onClick={stay}>
          {t('idle.stay')}
        </button>
      </li>
      <li className="usa-button-group__item">
        <button type="button" className="usa-button usa-button--unstyled padding-105 text-center" onClick={() => void end('user')}>
          {t('account.signOut')}
        </button>
      </li>
    </ModalDialog>
  );
}

function formatCountdown(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  return `${minutes}:${String(seconds % 60).padStart(2, '0')}`;
}
