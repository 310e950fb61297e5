// When the person last did something in this tab (typed, clicked, scrolled; loading the page counts),
// reported with every refresh (USER_IDLE_SECONDS_HEADER) so the server can end a session nobody
// uses although the app's timer keeps refreshing it (docs/security.md, "Sessions").
import { USER_IDLE_SECONDS_HEADER } from '@cos/contracts';

const events = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart', 'scroll'] as const;

export function createUserActivity(now: () => number = Date.now) {
  let last = now();
  let tracking = false;
  return {
    /** Starts listening (once) on `target`, usually `window`. */
    track(target: Pick<EventTarget, 'addEventListener'>) {
      if (tracking) return;
      tracking = true;
      const note = () => {
        last = now();
      };
      for (const name of events) target.addEventListener(name, note, { passive: true, capture: true });
    },
    /** The refresh request's header: whole seconds since the last action. */
    header(): Record<string, string> {
      return { [USER_IDLE_SECONDS_HEADER]: String(Math.max(0, Math.floor((now() - last) / 1000))) };
    },
  };
}

/** This tab's activity, listening from the moment the app loads. */
export const userActivity = createUserActivity();
if (typeof window !== 'undefined') userActivity.track(window);
