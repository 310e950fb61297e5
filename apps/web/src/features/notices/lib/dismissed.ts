// Notices a visitor closed stay closed for this browser session only (sessionStorage), so they come
// back in a new session. Outages cannot be closed. A browser that refuses storage still works: the
// notice is closed for this page view.
const KEY = 'cos.dismissedNotices';

export function readDismissed(): string[] {
  try {
    const stored: unknown = JSON.parse(sessionStorage.getItem(KEY) ?? '[]');
    return Array.isArray(stored) ? stored.filter((id): id is string => typeof id === 'string') : [];
  } catch {
    return [];
  }
}

export function saveDismissed(ids: readonly string[]): void {
  try {
    sessionStorage.setItem(KEY, JSON.stringify(ids));
  } catch {
    // Storage full or refused: closing still works until the page is left.
  }
}
