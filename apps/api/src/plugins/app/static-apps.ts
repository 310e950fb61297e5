// In production (and `npm start`) the API serves the two built SPAs: the portal at / and the
// console at /console/ (one origin), or, with CONSOLE_ORIGIN, the console at / of its own host and
// the portal on every other host; each with a fallback to its index.html so client-side routes
// survive a reload. Unknown /api paths stay JSON 404s.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';
import fp from 'fastify-plugin';
import { notFound } from '../../lib/errors.ts';
import { DOCUMENT_ONLY_HEADERS } from '../external/helmet.ts';

export interface StaticAppsOptions {
  webDir: string;
  consoleDir: string;
  /**
   * The console's own host (from CONSOLE_ORIGIN): requests addressed to it get the console at / and
   * never the portal; every other host gets the portal and never the console. Unset: one origin,
   * the console under /console/ (docs/security.md, "One origin per app").
   */
  consoleHost?: string | undefined;
}

function cacheHeaders(reply: FastifyReply, path: string) {
  // Vite puts content-hashed files under assets/: they never change. index.html must be revalidated.
  const immutable = /[\\/]assets[\\/]/.test(path);
  reply.header('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
  // A script, style or font file is not a page: it goes without the page-only security headers.
  if (immutable) for (const name of DOCUMENT_ONLY_HEADERS) reply.removeHeader(name);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export const staticApps = fp(
  async (app: FastifyInstance, options: StaticAppsOptions) => {
    const built = (dir: string) => existsSync(join(dir, 'index.html'));
    if (!built(options.webDir) && !built(options.consoleDir)) {
      app.log.warn('no built apps found: run `pnpm build` to serve the portal and the console');
      return;
    }
    let decorated = false;
    const serveFiles = async (dir: string, prefix: string, constraints?: { host: RegExp }) => {
      await app.register(fastifyStatic, {
        root: dir,
        prefix,
        wildcard: false,
        index: false,
        decorateReply: !decorated,
        ...(constraints ? { constraints } : {}),
        // The builds write a .br and a .gz beside every compressible file (vite-precompress.ts):
        // the file that matches the request's Accept-Encoding goes out, with Vary: Accept-Encoding.
        preCompressed: true,
        setHeaders: cacheHeaders,
      });
      decorated = true;
    };
    const sendIndex = (reply: FastifyReply, dir: string) =>
      reply.header('cache-control', 'no-cache').sendFile('index.html', dir);
    const pages = (prefix: string, dir: string, constraints?: { host: RegExp }) => {
      const route = { schema: { hide: true }, ...(constraints ? { constraints } : {}) };
      app.get(prefix, route, (_request, reply) => sendIndex(reply, dir));
      app.get(`${prefix}*`, route, async (request, reply) => {
        // A missing file (it has an extension) is a real 404, not a page of the app.
        if (/\.[a-z0-9]+$/i.test(request.url.split('?')[0] ?? '')) throw notFound();
        return sendIndex(reply, dir);
      });
    };

    app.all('/api/*', { schema: { hide: true } }, async () => {
      throw notFound();
    });

    if (options.consoleHost) {
      // Two origins: every route below holds for one host only, so neither app (not even a file
      // of it) is reachable on the other's origin. find-my-way matches the Host header (a proxy in
      // front must pass it on, as nginx's `proxy_set_header Host $host`), case-insensitively.
      const host = escapeRegExp(options.consoleHost);
      const onConsole = { host: new RegExp(`^${host}$`, 'i') };
      const onPortal = { host: new RegExp(`^(?!${host}$)`, 'i') };
      // The console's built files keep their /console/ URLs (its index.html names them so); its
      // pages are at / (the SPA takes its basename from the address, apps/console/src/config/paths.ts).
      if (built(options.consoleDir)) {
        await serveFiles(options.consoleDir, '/console/', onConsole);
        const toPage = (url: string) => url.replace(/^\/console/, '') || '/';
        app.get('/console', { schema: { hide: true }, constraints: onConsole }, (request, reply) =>
          reply.redirect(toPage(request.url), 301),
        );
        app.get('/console/*', { schema: { hide: true }, constraints: onConsole }, async (request, reply) => {
          if (/\.[a-z0-9]+$/i.test(request.url.split('?')[0] ?? '')) throw notFound();
          return reply.redirect(toPage(request.url), 301);
        });
        pages('/', options.consoleDir, onConsole);
      }
      if (built(options.webDir)) {
        await serveFiles(options.webDir, '/', onPortal);
        pages('/', options.webDir, onPortal);
      }
      // The portal's origin does not serve the console.
      app.get('/console', { schema: { hide: true }, constraints: onPortal }, async () => {
        throw notFound();
      });
      app.get('/console/*', { schema: { hide: true }, constraints: onPortal }, async () => {
        throw notFound();
      });
      return;
    }

    if (built(options.consoleDir)) {
      await serveFiles(options.consoleDir, '/console/');
      app.get('/console', { schema: { hide: true } }, (_request, reply) => reply.redirect('/console/', 301));
      pages('/console/', options.consoleDir);
    }
    if (built(options.webDir)) {
      await serveFiles(options.webDir, '/');
      pages('/', options.webDir);
    }
  },
  { name: 'static-apps' },
);
