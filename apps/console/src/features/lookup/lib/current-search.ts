// The search on screen, kept in memory for the visit (never in the URL or in storage: it holds
// names, dates of birth and phone numbers), so coming back from an account shows the same results
// page. Cleared when the session ends.
import { useSyncExternalStore } from 'react';
import type { AccountSearch } from '../api/search-accounts.ts';

export type CurrentSearch = {
  search: AccountSearch;
  /** Cursors of the pages seen; the last is shown. */ cursors: (string | undefined)[];
};

let current: CurrentSearch | null = null;
const listeners = new Set<() => void>();

function set(next: CurrentSearch | null) {
  current = next;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

export const currentSearch = {
  get: () => current,
  start: (search: AccountSearch) => set({ search, cursors: [undefined] }),
  next: (cursor: string) => current && set({ ...current, cursors: [...current.cursors, cursor] }),
  previous: () =>
    current && current.cursors.length > 1 && set({ ...current, cursors: current.cursors.slice(0, -1) }),
  clear: () => set(null),
};

export function useCurrentSearch(): CurrentSearch | null {
  return useSyncExternalStore(subscribe, currentSearch.get);
}
