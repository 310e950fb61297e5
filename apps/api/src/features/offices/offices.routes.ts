// Office Finder (docs/product.md §8 `GET /api/v1/offices?q=`), public. The same for everyone and changed
// only by an administrator, so browsers and proxies may keep it for half a minute; the API itself
// caches nothing, so a change is in every answer at once and on every screen within 60 seconds
// (OFFICE_FINDER_MAX_AGE_SECONDS here, and as long again in an open portal page's query cache).
import { OFFICE_FINDER_MAX_AGE_SECONDS, OfficeList, OfficeSearchQuery } from '@cos/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses } from '../../lib/error-responses.ts';
import { searchOffices } from './offices.service.ts';
import { serviceDeps } from '../../lib/service-deps.ts';

export const OFFICES_CACHE_CONTROL = `public, max-age=${OFFICE_FINDER_MAX_AGE_SECONDS}`;

export const officesRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/v1/offices',
    {
      schema: {
        tags: ['offices'],
        summary:
          'Find open offices by county, city, ZIP code or name (all open offices, by name, when q is empty)',
        querystring: OfficeSearchQuery,
        response: { 200: OfficeList, ...errorResponses(400) },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', OFFICES_CACHE_CONTROL);
      return { items: await searchOffices(serviceDeps(app, request), request.query.q) };
    },
  );
};
