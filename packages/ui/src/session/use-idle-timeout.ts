import { useCallback, useEffect, useRef, useState } from 'react';
import { idlePhase, type IdlePolicy } from './idle.ts';

const activityEvents = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart', 'scroll'] as const;
// Activity in one tab keeps the others from timing out (they share one session). Posted at most
// this often, since pointermove fires constantly.
const broadcastEveryMs = 10_000;

export type UseIdleTimeoutOptions = {
  enabled: boolean;
  onTimeout: () => void;
  policy: IdlePolicy;
  /**
   * BroadcastChannel shared by the tabs of one session. Each app names its own, so activity in
   * the portal never keeps a console session alive (or the other way round).
   */
  channelName: string;
};

/**
 * Watches for activity while `enabled`; after `idleMs - warningMs` without any, reports the time
 * left (the warning), and after `idleMs` calls `onTimeout`. While the warning shows, activity no
 * longer counts: only an explicit `stayActive()` (the dialog's button) does.
 */
export function useIdleTimeout({ enabled, onTimeout, policy, channelName }: UseIdleTimeoutOptions) {
  const [remainingMs, setRemainingMs] = useState<number | null>(null);
  const lastActivity = useRef(0);
  const warning = useRef(false);
  const timeout = useRef(onTimeout);
  const channel = useRef<BroadcastChannel | null>(null);
  const { idleMs, warningMs } = policy;

  useEffect(() => {
    timeout.current = onTimeout;
  }, [onTimeout]);

  const stayActive = useCallback(() => {
    lastActivity.current = Date.now();
    warning.current = false;
    setRemainingMs(null);
    channel.current?.postMessage({ type: 'activity', at: lastActivity.current });
  }, []);

  useEffect(() => {
    if (!enabled) return;
    const current = { idleMs, warningMs };
    lastActivity.current = Date.now();
    warning.current = false;
    let lastBroadcast = 0;
    const broadcast = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(channelName);
    channel.current = broadcast;

    function onActivity() {
      if (warning.current) return;
      lastActivity.current = Date.now();
      if (lastActivity.current - lastBroadcast > broadcastEveryMs) {
        lastBroadcast = lastActivity.current;
        broadcast?.postMessage({ type: 'activity', at: lastActivity.current });
      }
    }
    function onMessage(event: MessageEvent<unknown>) {
      const data = event.data;
      if (
        typeof data === 'object' &&
        data !== null &&
        'at' in data &&
        typeof data.at === 'number' &&
        data.at > lastActivity.current
      ) {
        lastActivity.current = data.at;
        if (warning.current) {
          warning.current = false;
          setRemainingMs(null);
        }
      }
    }
    function tick() {
      const state = idlePhase(Date.now(), lastActivity.current, current);
      if (state.phase === 'expired') {
        clearInterval(interval);
        warning.current = false;
        setRemainingMs(null);
        timeout.current();
      } else if (state.phase === 'warning') {
        warning.current = true;
        setRemainingMs(state.remainingMs);
      } else if (warning.current) {
        warning.current = false;
        setRemainingMs(null);
      }
    }

    for (const name of activityEvents)
      window.addEventListener(name, onActivity, { passive: true, capture: true });
    broadcast?.addEventListener('message', onMessage);
    const interval = setInterval(tick, 1000);
    return () => {
      for (const name of activityEvents) window.removeEventListener(name, onActivity, { capture: true });
      broadcast?.close();
      channel.current = null;
      clearInterval(interval);
      setRemainingMs(null);
    };
  }, [enabled, idleMs, warningMs, channelName]);

  return { warningRemainingMs: remainingMs, stayActive };
}
