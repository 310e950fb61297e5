// One chunk for the libraries every page of the SPAs needs before it is usable (React, the router,
// i18next, TanStack Query, react-hook-form, zod): left to itself the bundler spread them over five
// chunks, and on a first visit each response costs its headers (~1 KB with the security headers)
// and compresses worse alone (docs/decisions/0009-page-weight.md). It changes only with an
// upgrade, so it stays cached across releases. Libraries only some pages use (the charts, the
// password-strength dictionaries, WebAuthn) keep their own chunks, fetched on demand.
//
// A second group, `app`, takes every other module the entry imports statically (rolldown's
// `$initial` tag): left alone, rolldown cut the app shell into ~15 chunks of a few hundred bytes
// (modules shared by the entry and the lazy pages), each a request with ~0.5 KB of headers.
// With it the sign-in page loads 8 scripts instead of 22 (184.9 → 175.5 KB over the wire).
// An earlier try with a plain `test` for the app's modules made chunks that imported each other
// in a cycle; the tag (with rolldown's default includeDependenciesRecursively) does not.
const framework =
  /[\\/]node_modules[\\/](?:react|react-dom|scheduler|react-router|i18next|react-i18next|html-parse-stringify|void-elements|@tanstack[\\/][^\\/]+|react-hook-form|@hookform[\\/]resolvers|zod)[\\/]/;

export const codeSplitting = {
  groups: [
    { name: 'framework', test: framework, priority: 2 },
    { name: 'app', tags: ['$initial' as const], priority: 1 },
  ],
};
