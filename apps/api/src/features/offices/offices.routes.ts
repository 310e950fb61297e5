// Office Finder (SPEC.md §8 `GET /api/v1/offices?q=`), public. The same for everyone and changed
// only by an administrator, so browsers and proxies may keep it for a few minutes.
import { OfficeList, OfficeSearchQuery } from '@cos/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses } from '../../lib/error-responses.ts';
import { searchOffices } from './offices.service.ts';

export const OFFICES_CACHE_CONTROL = 'public, max-age=300';

export const officesRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/api/v1/offices', {
    schema: {
      tags: ['offices'],
      summary: 'Find offices by county, city, ZIP code or name (all offices, by name, when q is empty)',
      querystring: OfficeSearchQuery,
      response: { 200: OfficeList, ...errorResponses(400) },
    },
  }, async (request, reply) => {
    reply.header('cache-control', OFFICES_CACHE_CONTROL);
    return { items: await searchOffices({ db: app.db.prisma }, request.query.q) };
  });
};
