// Staff user administration (admin only): list, create, disable, reset. A new user's temporary
// password is in the create answer only, once; a reset's goes to the staff member by email.
import {
  CreateStaffUserRequest,
  StaffUserAdminRequest,
  StaffUserCredentials,
  StaffUserIdParams,
  StaffUserList,
  StaffUserResetResult,
  StaffUserResult,
} from '@cos/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses } from '../../../lib/error-responses.ts';
import { staffDeps } from '../../../plugins/app/staff-deps.ts';
import { createStaffUser, disableStaffUser, listStaffUsers, resetStaffUser } from './staff-users.service.ts';

export const staffUsersRoutes: FastifyPluginAsyncZod = async (app) => {
  const deps = (request: Parameters<typeof staffDeps>[1]) => ({
    ...staffDeps(app, request),
    passwords: app.passwords,
    mailer: app.mailer,
  });

  app.get(
    '/api/v1/admin/staff-users',
    {
      config: { staff: 'admin' },
      schema: {
        tags: ['admin'],
        summary: 'Every staff user',
        response: { 200: StaffUserList, ...errorResponses(401, 403) },
      },
    },
    async (request) => listStaffUsers(staffDeps(app, request)),
  );

  app.post(
    '/api/v1/admin/staff-users',
    {
      config: { staff: 'admin' },
      schema: {
        tags: ['admin'],
        summary: 'Create a personal staff account; answers its temporary password once',
        description:
          'The new user enrols TOTP at the first sign-in. 409 when the username is taken; 400 for a team or role name.',
        body: CreateStaffUserRequest,
        response: { 201: StaffUserCredentials, ...errorResponses(400, 401, 403, 409, 503) },
      },
    },
    async (request, reply) => reply.code(201).send(await createStaffUser(deps(request), request.body)),
  );

  app.post(
    '/api/v1/admin/staff-users/:id/disable',
    {
      config: { staff: 'admin' },
      schema: {
        tags: ['admin'],
        summary: 'Disable a staff user and end their sessions',
        params: StaffUserIdParams,
        body: StaffUserAdminRequest.nullish(),
        response: { 200: StaffUserResult, ...errorResponses(400, 401, 403, 404, 409, 503) },
      },
    },
    async (request) => disableStaffUser(deps(request), request.params.id, request.body?.reason),
  );

  app.post(
    '/api/v1/admin/staff-users/:id/reset',
    {
      config: { staff: 'admin' },
      schema: {
        tags: ['admin'],
        summary:
          'New temporary password, emailed to the staff member (never in this answer), and TOTP to enrol again; ends their sessions',
        description: '409 when the staff member has no email address on file.',
        params: StaffUserIdParams,
        body: StaffUserAdminRequest.nullish(),
        response: { 200: StaffUserResetResult, ...errorResponses(400, 401, 403, 404, 409, 503) },
      },
    },
    async (request) => resetStaffUser(deps(request), request.params.id, request.body?.reason),
  );
};
