// Every URL of the console. Paths are relative to the router's basename (/console), which comes
// from Vite's `base`, so the prefix is written once, in vite.config.ts.
export const basename = import.meta.env.BASE_URL.replace(/\/$/, '');

export const paths = {
  home: { path: '/' },
  signIn: { path: '/sign-in' },
} as const;
