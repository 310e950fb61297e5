// In production (and `npm start`) the API serves the two built SPAs: the portal at / and the
// console at /console/, each with a fallback to its index.html so client-side routes survive a
// reload. Unknown /api paths stay JSON 404s.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';
import fp from 'fastify-plugin';
import { notFound } from '../../lib/errors.ts';

export interface StaticAppsOptions {
  webDir: string;
  consoleDir: string;
}

function cacheHeaders(reply: FastifyReply, path: string) {
  // Vite puts content-hashed files under assets/: they never change. index.html must be revalidated.
  const immutable = /[\\/]assets[\\/]/.test(path);
  reply.header('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
}

export const staticApps = fp(
  async (app: FastifyInstance, options: StaticAppsOptions) => {
    const apps = [
      { prefix: '/console/', dir: options.consoleDir },
      { prefix: '/', dir: options.webDir },
    ].filter(({ dir }) => existsSync(join(dir, 'index.html')));
    if (apps.length === 0) {
      app.log.warn('no built apps found: run `pnpm build` to serve the portal and the console');
      return;
    }
    for (const [index, { prefix, dir }] of apps.entries()) {
      await app.register(fastifyStatic, {
        root: dir,
        prefix,
        wildcard: false,
        index: false,
        decorateReply: index === 0,
        // The builds write a .br and a .gz beside every compressible file (vite-precompress.ts):
        // the file that matches the request's Accept-Encoding goes out, with Vary: Accept-Encoding.
        preCompressed: true,
        setHeaders: cacheHeaders,
      });
    }
    const sendIndex = (reply: FastifyReply, dir: string) =>
      reply.header('cache-control', 'no-cache').sendFile('index.html', dir);

    app.all('/api/*', { schema: { hide: true } }, async () => {
      throw notFound();
    });
    for (const { prefix, dir } of apps) {
      if (prefix === '/console/') {
        app.get('/console', { schema: { hide: true } }, (_request, reply) =>
          reply.redirect('/console/', 301),
        );
      }
      app.get(prefix, { schema: { hide: true } }, (_request, reply) => sendIndex(reply, dir));
      app.get(`${prefix}*`, { schema: { hide: true } }, async (request, reply) => {
        // A missing file (it has an extension) is a real 404, not a page of the app.
        if (/\.[a-z0-9]+$/i.test(request.url.split('?')[0] ?? '')) throw notFound();
        return sendIndex(reply, dir);
      });
    }
  },
  { name: 'static-apps' },
);
