import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { precompress } from '../../scripts/vite/precompress.ts';
import { uswdsSass } from '../../scripts/vite/uswds.ts';

// The staff console, served under /console/ by the API in production (apps/console/dist, with
// SPA fallback for /console/*). `base` is the one place the prefix is set: the router reads it
// back from import.meta.env.BASE_URL.
export default defineConfig({
  base: '/console/',
  plugins: [react(), precompress()],
  css: { preprocessorOptions: { scss: uswdsSass } },
  server: {
    port: 5174,
    strictPort: true,
    proxy: { '/api': 'http://127.0.0.1:3000' },
  },
  preview: {
    port: 4174,
    proxy: { '/api': 'http://127.0.0.1:3000' },
  },
});
