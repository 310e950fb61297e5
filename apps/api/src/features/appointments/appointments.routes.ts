// Appointments for the signed-in parent (docs/product.md §3.6): offices, free slots (generated from office
// hours as the calendar moves on), book, list upcoming, cancel. Another parent's appointment is a
// 404 like a missing one.
import {
  AppointmentIdParams,
  AppointmentItem,
  AppointmentList,
  AppointmentOfficeList,
  AppointmentOfficeParams,
  AppointmentSlotList,
  AppointmentSlotsQuery,
  BookAppointmentRequest,
} from '@cos/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses } from '../../lib/error-responses.ts';
import { requireAuth } from '../../plugins/app/auth-guard.ts';
import { bookAppointment, cancelAppointment, listAppointments } from './appointments.service.ts';
import { listFreeSlots, listOffices } from './slots.service.ts';
import { serviceDeps } from '../../lib/service-deps.ts';

export const appointmentsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/v1/appointments/offices',
    {
      config: { auth: 'full' },
      schema: {
        tags: ['appointments'],
        summary: 'Offices that take appointments; the parent’s case offices are marked',
        response: { 200: AppointmentOfficeList, ...errorResponses(401, 403) },
      },
    },
    async (request) => listOffices(serviceDeps(app, request), requireAuth(request).accountId),
  );

  app.get(
    '/api/v1/offices/:id/slots',
    {
      config: { auth: 'full' },
      schema: {
        tags: ['appointments'],
        summary: 'Free appointment slots at an office, earliest first',
        description:
          'Slots exist for the next 10 working days (Monday–Friday, office hours, agency time) and are generated as the days move on. At most 31 days per request.',
        params: AppointmentOfficeParams,
        querystring: AppointmentSlotsQuery,
        response: { 200: AppointmentSlotList, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => listFreeSlots(serviceDeps(app, request), request.params.id, request.query),
  );

  app.get(
    '/api/v1/appointments',
    {
      config: { auth: 'full' },
      schema: {
        tags: ['appointments'],
        summary: 'The parent’s upcoming appointments, earliest first',
        response: { 200: AppointmentList, ...errorResponses(401, 403) },
      },
    },
    async (request) => listAppointments(serviceDeps(app, request), requireAuth(request).accountId),
  );

  app.post(
    '/api/v1/appointments',
    {
      config: { auth: 'full' },
      schema: {
        tags: ['appointments'],
        summary: 'Book a free slot',
        description:
          '409 SLOT_TAKEN when someone else booked the slot first; 409 CONFLICT when the parent already has an appointment at an overlapping time; ' +
          '409 TOO_MANY_APPOINTMENTS when the parent already holds the most upcoming appointments allowed (2 by default); 400 for a slot in the past.',
        body: BookAppointmentRequest,
        response: { 201: AppointmentItem, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await bookAppointment(serviceDeps(app, request), requireAuth(request).accountId, request.body)),
  );

  app.post(
    '/api/v1/appointments/:id/cancel',
    {
      config: { auth: 'full' },
      schema: {
        tags: ['appointments'],
        summary: 'Cancel an upcoming appointment (the slot becomes free again)',
        params: AppointmentIdParams,
        response: { 200: AppointmentItem, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      cancelAppointment(serviceDeps(app, request), requireAuth(request).accountId, request.params.id),
  );
};
