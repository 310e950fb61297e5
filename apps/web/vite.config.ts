import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { codeSplitting } from '../../scripts/vite/chunks.ts';
import { precompress } from '../../scripts/vite/precompress.ts';
import { uswdsSass } from '../../scripts/vite/uswds.ts';
import { zodWithoutJsonSchema } from '../../scripts/vite/zod-without-json-schema.ts';

// The customer app, served at "/" by the API in production (apps/web/dist, with SPA fallback).
// In development Vite serves it and forwards /api to the API, so both share one origin as in
// production (cookies, CSP connect-src 'self').
export default defineConfig({
  plugins: [react(), zodWithoutJsonSchema(), precompress()],
  css: { preprocessorOptions: { scss: uswdsSass } },
  build: { rolldownOptions: { output: { codeSplitting } } },
  server: {
    port: 5173,
    strictPort: true,
    proxy: { '/api': 'http://127.0.0.1:3000' },
  },
  preview: {
    port: 4173,
    proxy: { '/api': 'http://127.0.0.1:3000' },
  },
});
