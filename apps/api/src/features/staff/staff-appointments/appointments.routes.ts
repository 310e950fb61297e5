// Office appointments for agents (docs/product.md §3.6, §6): the offices, one office's day, and cancelling a
// booking.
import {
  StaffAppointment,
  StaffAppointmentDay,
  StaffAppointmentDayQuery,
  StaffAppointmentIdParams,
  StaffAppointmentOfficeList,
  StaffCancelAppointmentRequest,
} from '@cos/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses } from '../../../lib/error-responses.ts';
import { staffDeps } from '../../../plugins/app/staff-deps.ts';
import { cancelForParent, listAppointmentOffices, listOfficeDay } from './appointments.service.ts';

export const staffAppointmentsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/v1/staff/appointments/offices',
    {
      config: { staff: 'agent' },
      schema: {
        tags: ['staff'],
        summary: 'Every office to pick a day’s appointments from, closed ones marked (no customer data)',
        response: { 200: StaffAppointmentOfficeList, ...errorResponses(401, 403) },
      },
    },
    async (request) => listAppointmentOffices(staffDeps(app, request)),
  );

  app.get(
    '/api/v1/staff/appointments',
    {
      config: { staff: 'agent' },
      schema: {
        tags: ['staff'],
        summary:
          'One office’s appointments on one day (agency time), by time; parents’ names masked (audited)',
        querystring: StaffAppointmentDayQuery,
        response: { 200: StaffAppointmentDay, ...errorResponses(400, 401, 403, 404, 503) },
      },
    },
    async (request) => listOfficeDay(staffDeps(app, request), request.query),
  );

  app.post(
    '/api/v1/staff/appointments/:id/cancel',
    {
      config: { staff: 'agent' },
      schema: {
        tags: ['staff'],
        summary:
          'Cancel a parent’s booked appointment with a reason: the slot is free again and the parent is told (audited)',
        description: '409 CONFLICT when it is already cancelled or has already taken place.',
        params: StaffAppointmentIdParams,
        body: StaffCancelAppointmentRequest,
        response: { 200: StaffAppointment, ...errorResponses(400, 401, 403, 404, 409, 503) },
      },
    },
    async (request) => cancelForParent(staffDeps(app, request), request.params.id, request.body.reason),
  );
};
