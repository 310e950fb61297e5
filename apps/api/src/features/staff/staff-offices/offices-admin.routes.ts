// The console's office administration (admin only; docs/product.md §6). The Office Finder reads the
// database on every request, so a change here reaches it once browsers' copies expire
// (OFFICE_FINDER_MAX_AGE_SECONDS, offices.routes.ts) — there is no server-side cache to clear.
import {
  AdminOffice,
  AdminOfficeList,
  CreateOfficeRequest,
  OfficeIdParams,
  UpdateOfficeRequest,
} from '@cos/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses } from '../../../lib/error-responses.ts';
import { staffDeps } from '../../../plugins/app/staff-deps.ts';
import { createOffice, getAdminOffice, listAdminOffices, updateOffice } from './offices-admin.service.ts';

export const officesAdminRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/v1/admin/offices',
    {
      config: { staff: 'admin' },
      schema: {
        tags: ['admin'],
        summary: 'Every office, closed ones too, by county then name',
        response: { 200: AdminOfficeList, ...errorResponses(401, 403) },
      },
    },
    async (request) => listAdminOffices(staffDeps(app, request)),
  );

  app.get(
    '/api/v1/admin/offices/:id',
    {
      config: { staff: 'admin' },
      schema: {
        tags: ['admin'],
        summary: 'One office, with the upcoming booked appointments closing it would leave',
        params: OfficeIdParams,
        response: { 200: AdminOffice, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => getAdminOffice(staffDeps(app, request), request.params.id),
  );

  app.post(
    '/api/v1/admin/offices',
    {
      config: { staff: 'admin' },
      schema: {
        tags: ['admin'],
        summary: 'Add an office (open at once: the Office Finder lists it and parents can book there)',
        description: '409 CONFLICT when the county already has an office of this name (any case).',
        body: CreateOfficeRequest,
        response: { 201: AdminOffice, ...errorResponses(400, 401, 403, 409, 503) },
      },
    },
    async (request, reply) => reply.code(201).send(await createOffice(staffDeps(app, request), request.body)),
  );

  app.patch(
    '/api/v1/admin/offices/:id',
    {
      config: { staff: 'admin' },
      schema: {
        tags: ['admin'],
        summary:
          'Edit an office, or close / reopen it (`active`, with a reason); only the fields sent change',
        description:
          'A closed office leaves the Office Finder and the offices parents can book at; its free slots cannot be booked (409 OFFICE_CLOSED) and ' +
          'no new ones are made. Appointments already booked there stay (`upcomingAppointments` says how many), marked `officeClosed` for the parents, who can cancel them; ' +
          'staff cancel them one by one in Appointments. 409 CONFLICT for a duplicate name in the county (any case).',
        params: OfficeIdParams,
        body: UpdateOfficeRequest,
        response: { 200: AdminOffice, ...errorResponses(400, 401, 403, 404, 409, 503) },
      },
    },
    async (request) => updateOffice(staffDeps(app, request), request.params.id, request.body),
  );
};
