/**
 * What a route may declare in its `handle`: the translation key of its page title
 * (e.g. `common:pages.signIn`). Declared on the route, the title is known before the page renders.
 */
export type RouteHandle = { titleKey?: string };

function hasTitleKey(handle: unknown): handle is { titleKey: string } {
  return (
    typeof handle === 'object' &&
    handle !== null &&
    'titleKey' in handle &&
    typeof handle.titleKey === 'string'
  );
}

/** The title key of the deepest matched route that declares one. */
export function findTitleKey(matches: readonly { handle: unknown }[]): string | undefined {
  for (let index = matches.length - 1; index >= 0; index -= 1) {
    const handle = matches[index]?.handle;
    if (hasTitleKey(handle)) return handle.titleKey;
  }
  return undefined;
}

/** Page first, so browser tabs and screen readers lead with what differs between pages. */
export function formatTitle(page: string | undefined, site: string): string {
  return page ? `${page} | ${site}` : site;
}
