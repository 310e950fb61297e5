// buildApp(): the whole API as one Fastify instance, built the same way by the server and by every
// test (which drive it with inject()). External plugins first, then the app's own, then features.
import { randomUUID } from 'node:crypto';
import type { Db } from '@cos/db';
import Fastify, { type FastifyServerOptions } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { healthRoutes } from './features/health/health.routes.ts';
import { type Clock, systemClock } from './lib/clock.ts';
import { loggerOptions } from './lib/logger.ts';
import { builtApps } from './lib/paths.ts';
import { database } from './plugins/app/database.ts';
import { errorHandler } from './plugins/app/error-handler.ts';
import { noStoreByDefault } from './plugins/app/no-store.ts';
import { staticApps, type StaticAppsOptions } from './plugins/app/static-apps.ts';
import { securityHeaders } from './plugins/external/helmet.ts';
import { openApi } from './plugins/external/openapi.ts';
import { loadShedding } from './plugins/external/under-pressure.ts';

export interface BuildAppOptions {
  db: Db;
  clock?: Clock;
  /** pino options, or false for silence (tests). */
  logger?: FastifyServerOptions['logger'];
  logLevel?: string;
  /** Proxies whose X-Forwarded-For is believed (addresses or CIDRs); none by default. */
  trustProxy?: string[];
  /** Serve the built SPAs; off in API tests unless a test asks for it. */
  serveApps?: StaticAppsOptions | false;
}

export async function buildApp(options: BuildAppOptions) {
  const trustProxy = options.trustProxy ?? [];
  const app = Fastify({
    logger: options.logger ?? loggerOptions(options.logLevel ?? 'info'),
    genReqId: () => randomUUID(),
    requestIdHeader: false,
    trustProxy: trustProxy.length > 0 ? trustProxy : false,
    bodyLimit: 64 * 1024,
    forceCloseConnections: 'idle',
    return503OnClosing: true,
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate('clock', options.clock ?? systemClock);
  app.addHook('onRequest', (request, reply, done) => {
    reply.header('x-request-id', request.id);
    done();
  });

  await app.register(errorHandler);
  await app.register(securityHeaders);
  await app.register(loadShedding);
  await app.register(openApi);
  await app.register(database, { db: options.db });
  await app.register(noStoreByDefault);

  await app.register(healthRoutes);

  const serveApps = options.serveApps ?? false;
  if (serveApps) await app.register(staticApps, serveApps);
  return app;
}

export type App = Awaited<ReturnType<typeof buildApp>>;
export { builtApps };

declare module 'fastify' {
  interface FastifyInstance {
    clock: Clock;
  }
}
