// Compresses JSON answers of 1 KB or more (case detail, payment history, staff search) by the
// client's Accept-Encoding: brotli, else gzip. The built apps' files are compressed once at build
// time instead (static-apps.ts serves the .br/.gz beside each file), so nothing here compresses
// them again: @fastify/compress leaves a reply that already has a Content-Encoding alone.
import fastifyCompress from '@fastify/compress';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

/** Below this an answer goes out as is: compressing it costs more CPU than the bytes it saves. */
export const compressThresholdBytes = 1024;

export const compression = fp(
  async (app: FastifyInstance) => {
    // BREACH needs a secret and attacker-chosen text in one compressed answer. Tokens are only
    // ever issued in answers to POST (sign-in, refresh, TOTP), so only GET answers are compressed
    // (docs/security.md). This hook must run before the plugin's own onRoute hook, which reads
    // `compress` from the route: hooks run in the order they were added.
    app.addHook('onRoute', (route) => {
      const methods = Array.isArray(route.method) ? route.method : [route.method];
      if (methods.some((method) => method !== 'GET' && method !== 'HEAD')) route.compress = false;
    });
    await app.register(fastifyCompress, {
      encodings: ['br', 'gzip'],
      threshold: compressThresholdBytes,
      // Request bodies are small JSON; accepting compressed ones would only let a small request
      // inflate into a large one past the body limit's intent.
      globalDecompression: false,
    });
  },
  { name: 'compression' },
);
