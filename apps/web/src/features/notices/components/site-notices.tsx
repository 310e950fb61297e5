import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useState, type ReactNode } from 'react';
import { useMatches } from 'react-router';
import { useSession } from '../../../lib/session/session-context.tsx';
import { noticesQueryOptions } from '../api/get-notices.ts';
import { NoticeBanners } from './notice-banners.tsx';

/** The longest a first page waits for the notices before it shows without them (a slow API). */
export const NOTICES_WAIT_MS = 1_500;

/**
 * What a route's handle says about the notices above it (docs/product.md §4: home, sign-in pages and
 * signed-in pages, by audience):
 *   `inPage`  the page places them itself (home, the Notices page);
 *   `all`     every notice for this visitor above the page (the sign-in pages);
 *   absent    only the notices written for signed-in parents, while signed in — the public ones are
 *             on the home page and /notices, so they do not push every page's content down;
 *   `excludeFeature`  the page explains that feature's outage itself (Direct Deposit).
 */
export type NoticesHandle = { notices?: 'inPage' | 'all'; excludeFeature?: string };

function noticesHandleOf(handle: unknown): NoticesHandle {
  if (typeof handle !== 'object' || handle === null) return {};
  const value = 'notices' in handle ? handle.notices : undefined;
  const notices = value === 'inPage' || value === 'all' ? value : undefined;
  const excludeFeature =
    'excludeFeature' in handle && typeof handle.excludeFeature === 'string'
      ? handle.excludeFeature
      : undefined;
  return { ...(notices ? { notices } : {}), ...(excludeFeature ? { excludeFeature } : {}) };
}

/**
 * True once the notices have answered (or failed) for the first time, or NOTICES_WAIT_MS passed;
 * it stays true. Until then the page is held back: an outage banner arriving after the sign-in
 * form had painted pushed the form down the screen under the parent's thumb (measured: a layout
 * shift of 0.84 on the sign-in page, 0.53 on home, where 0.1 is "good"). The notices are asked
 * for as the app starts (router.tsx), beside the page's own code, so the wait is rarely longer.
 */
function useNoticesSettled(): boolean {
  const audience = useSession().status === 'signedIn' ? 'customer' : 'public';
  // The previous answer stands while a sign-in changes the audience: the page is not hidden again.
  const { data, isError } = useQuery({ ...noticesQueryOptions(audience), placeholderData: keepPreviousData });
  const answered = data !== undefined || isError;
  const [timedOut, setTimedOut] = useState(false);
  useEffect(() => {
    if (answered) return;
    const timer = setTimeout(() => setTimedOut(true), NOTICES_WAIT_MS);
    return () => clearTimeout(timer);
  }, [answered]);
  return answered || timedOut;
}

/** The notices above a page's content, as its route asks; the page itself once they are known. */
export function SiteNotices({ children }: { children: ReactNode }) {
  const signedIn = useSession().status === 'signedIn';
  const handles = useMatches().map((match) => noticesHandleOf(match.handle));
  const settled = useNoticesSettled();
  if (!settled) return null;
  const mode = handles.find((handle) => handle.notices)?.notices;
  const shown = mode === 'all' || (mode !== 'inPage' && signedIn);
  const excludeFeature = handles.find((handle) => handle.excludeFeature)?.excludeFeature;
  return (
    <>
      {shown && (
        <NoticeBanners
          excludeFeature={excludeFeature}
          onlyAudience={mode === 'all' ? undefined : 'customer'}
          className="padding-top-2"
        />
      )}
      {children}
    </>
  );
}
