import { useMatches } from 'react-router';
import { useSession } from '../../../lib/session/session-context.tsx';
import { NoticeBanners } from './notice-banners.tsx';

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

/** The notices above a page's content, as its route asks. */
export function SiteNotices() {
  const signedIn = useSession().status === 'signedIn';
  const handles = useMatches().map((match) => noticesHandleOf(match.handle));
  const mode = handles.find((handle) => handle.notices)?.notices;
  if (mode === 'inPage') return null;
  if (mode !== 'all' && !signedIn) return null;
  const excludeFeature = handles.find((handle) => handle.excludeFeature)?.excludeFeature;
  return (
    <NoticeBanners
      excludeFeature={excludeFeature}
      onlyAudience={mode === 'all' ? undefined : 'customer'}
      className="padding-top-2"
    />
  );
}
