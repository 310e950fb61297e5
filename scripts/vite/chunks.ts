// One chunk for the libraries every page of the SPAs needs before it is usable (React, the router,
// i18next, TanStack Query, react-hook-form, zod): left to itself the bundler spread them over five
// chunks, and on a first visit each response costs its headers (~1 KB with the security headers)
// and compresses worse alone (docs/decisions/0009-page-weight.md). It changes only with an
// upgrade, so it stays cached across releases. Libraries only some pages use (the charts, the
// password-strength dictionaries, WebAuthn) keep their own chunks, fetched on demand.
//
// Tried and dropped: a second group for the app's own modules the entry imports statically; the
// shared chunks then imported each other in a cycle and the page never started.
const framework =
  /[\\/]node_modules[\\/](?:react|react-dom|scheduler|react-router|i18next|react-i18next|html-parse-stringify|void-elements|@tanstack[\\/][^\\/]+|react-hook-form|@hookform[\\/]resolvers|zod)[\\/]/;

export const codeSplitting = {
  groups: [{ name: 'framework', test: framework }],
};
