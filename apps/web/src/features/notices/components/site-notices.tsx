import { useMatches } from 'react-router';
import { NoticeBanners } from './notice-banners.tsx';

/**
 * What a route's handle may say about the notices above it: `inPage` when the page shows them in
 * its own place (home, the Notices page), `excludeFeature` when it explains that outage itself.
 */
export type NoticesHandle = { notices?: 'inPage'; excludeFeature?: string };

function noticesHandleOf(handle: unknown): NoticesHandle {
  if (typeof handle !== 'object' || handle === null) return {};
  const notices = 'notices' in handle && handle.notices === 'inPage' ? 'inPage' : undefined;
  const excludeFeature = 'excludeFeature' in handle && typeof handle.excludeFeature === 'string' ? handle.excludeFeature : undefined;
  return { ...(notices ? { notices } : {}), ...(excludeFeature ? { excludeFeature } : {}) };
}

/** The notices above every page's content, unless the page places them itself. */
export function SiteNotices() {
  const handles = useMatches().map((match) => noticesHandleOf(match.handle));
  if (handles.some((handle) => handle.notices === 'inPage')) return null;
  const excludeFeature = handles.find((handle) => handle.excludeFeature)?.excludeFeature;
  return <NoticeBanners excludeFeature={excludeFeature} className="padding-top-2" />;
}
