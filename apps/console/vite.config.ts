import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { codeSplitting } from '../../scripts/vite/chunks.ts';
import { precompress } from '../../scripts/vite/precompress.ts';
import { uswdsSass } from '../../scripts/vite/uswds.ts';
import { zodWithoutJsonSchema } from '../../scripts/vite/zod-without-json-schema.ts';

// The staff console, served under /console/ by the API in production (apps/console/dist, with
// SPA fallback for /console/*). `base` is the one place the prefix is set: the router reads it
// back from import.meta.env.BASE_URL.
export default defineConfig({
  base: '/console/',
  plugins: [react(), zodWithoutJsonSchema(), precompress()],
  css: { preprocessorOptions: { scss: uswdsSass } },
  build: { rolldownOptions: { output: { codeSplitting } } },
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
