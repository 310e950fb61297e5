import { useEffect } from 'react';
import { useMatches } from 'react-router';
import { useTranslation } from 'react-i18next';
import { findTitleKey, formatTitle } from './route-title.ts';

/** Sets `document.title`; for pages whose title depends on data (a case number, say). */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = title;
  }, [title]);
}

/**
 * Render once inside the router's root layout: on every route change (and language change) it
 * sets the document title from the matched route's `handle.titleKey`.
 */
export function RouteTitle({ siteTitle }: { siteTitle: string }) {
  const matches = useMatches();
  const { t } = useTranslation();
  const key = findTitleKey(matches);
  useDocumentTitle(formatTitle(key ? t(key) : undefined, siteTitle));
  return null;
}
