import { useCallback, useEffect, useRef, useState } from 'react';
import { idlePhase, idlePolicy } from './idle.ts';

const activityEvents = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart', 'scroll'] as const;
// Activity in one tab keeps the others from timing out (they share one session). Posted at most
// this often, since pointermove fires constantly.
const broadcastEveryMs = 10_000;

/**
 * Watches for activity while `enabled`; after `idleMs - warningMs` without any, reports the time
 * left (the warning), and after `idleMs` calls `onTimeout`. While the warning shows, activity no
 * longer counts: only an explicit `stayActive()` (the dialog's button) does.
 */
export function useIdleTimeout({ enabled, onTimeout, policy = idlePolicy }: { enabled: boolean; onTimeout: () => void; policy?: typeof idlePolicy }) {
  const [remainingMs, setRemainingMs] = useState<number | null>(null);
  const lastActivity = useRef(0);
  const warning = useRef(false);
  const timeout = useRef(onTimeout);
  const channel = useRef<BroadcastChannel | null>(null);

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
    lastActivity.current = Date.now();
    warning.current = false;
    let lastBroadcast = 0;
    const broadcast = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel('cos-session-activity');
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
      if (typeof data === 'object' && data !== null && 'at' in data && typeof data.at === 'number' && data.at > lastActivity.current) {
        lastActivity.current = data.at;
        if (warning.current) {
          warning.current = false;
          setRemainingMs(null);
        }
      }
    }
    function tick() {
      const state = idlePhase(Date.now(), lastActivity.current, policy);
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

    for (const name of activityEvents) window.addEventListener(name, onActivity, { passive: true, capture: true });
    broadcast?.addEventListener('message', onMessage);
    const interval = setInterval(tick, 1000);
    return () => {
      for (const name of activityEvents) window.removeEventListener(name, onActivity, { capture: true });
      broadcast?.close();
      channel.current = null;
      clearInterval(interval);
      setRemainingMs(null);
    };
  }, [enabled, policy]);

  return { warningRemainingMs: remainingMs, stayActive };
}
