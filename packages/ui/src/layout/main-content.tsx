import { useEffect, useRef, type ReactNode } from 'react';
import { useLocation } from 'react-router';

export const mainContentId = 'main-content';

/**
 * The page's <main>. After a client-side navigation focus moves here, as it would on a full page
 * load, so screen reader users hear the new page instead of staying on the link they followed.
 * The first render is left alone: the browser already starts at the top of a fresh page.
 */
export function MainContent({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLElement>(null);
  const { pathname } = useLocation();
  // Compared with the previous path (not a "first render" flag) so StrictMode's double effects
  // in development do not steal focus on load.
  const shownPath = useRef(pathname);

  useEffect(() => {
    if (shownPath.current === pathname) return;
    shownPath.current = pathname;
    ref.current?.focus();
  }, [pathname]);

  return (
    <main id={mainContentId} ref={ref} tabIndex={-1} className="cos-main">
      <div className="grid-container">{children}</div>
    </main>
  );
}
