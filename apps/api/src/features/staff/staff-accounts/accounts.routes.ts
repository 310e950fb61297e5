// Account lookup, the account view and the actions on an account (docs/product.md §6, §8). Agents and up;
// revealing an SSN needs a supervisor. Every route is audited and fails closed (503) when the audit
// event cannot be written.
import {
  AccountIdParams,
  AccountSearchPage,
  AccountSearchQuery,
  AccountView,
  AddNoteRequest,
  RevealSsnResponse,
  RevokeSessionsResult,
  StaffActionRequest,
  StaffActionResult,
  StaffNoteItem,
} from '@cos/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses } from '../../../lib/error-responses.ts';
import { staffDeps } from '../../../plugins/app/staff-deps.ts';
import {
  addNote,
  liftRecoveryLock,
  revealSsn,
  revokeCustomerSessions,
  unlockAccount,
} from './account-actions.service.ts';
import { viewAccount } from './account-view.service.ts';
import { searchAccounts } from './search.service.ts';

const actionErrors = errorResponses(400, 401, 403, 404, 503);

export const accountsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/v1/staff/accounts',
    {
      config: { staff: 'agent' },
      schema: {
        tags: ['staff'],
        summary: 'Find an account: User ID, case number, "last, first", SSN last 4 + DOB, or phone',
        description:
          'Ranked and paged; results masked. The search and its reason are one audit event (503 with no results when it cannot be written).',
        querystring: AccountSearchQuery,
        response: { 200: AccountSearchPage, ...errorResponses(400, 401, 403, 503) },
      },
    },
    async (request) => searchAccounts(staffDeps(app, request), request.query),
  );

  app.get(
    '/api/v1/staff/accounts/:id',
    {
      config: { staff: 'agent' },
      schema: {
        tags: ['staff'],
        summary: 'The account view: status, sign-ins, security events, cases, questions chosen, notes',
        params: AccountIdParams,
        response: { 200: AccountView, ...errorResponses(400, 401, 403, 404, 503) },
      },
    },
    async (request) => viewAccount(staffDeps(app, request), request.params.id),
  );

  app.post(
    '/api/v1/staff/accounts/:id/unlock',
    {
      config: { staff: 'agent' },
      schema: {
        tags: ['staff'],
        summary: 'Clear the sign-in lock and the failure counter',
        params: AccountIdParams,
        body: StaffActionRequest,
        response: { 200: StaffActionResult, ...actionErrors },
      },
    },
    async (request) => unlockAccount(staffDeps(app, request), request.params.id, request.body.reason),
  );

  app.post(
    '/api/v1/staff/accounts/:id/lift-recovery-lock',
    {
      config: { staff: 'agent' },
      schema: {
        tags: ['staff'],
        summary: 'Lift the self-service recovery lock',
        params: AccountIdParams,
        body: StaffActionRequest,
        response: { 200: StaffActionResult, ...actionErrors },
      },
    },
    async (request) => liftRecoveryLock(staffDeps(app, request), request.params.id, request.body.reason),
  );

  app.post(
    '/api/v1/staff/accounts/:id/revoke-sessions',
    {
      config: { staff: 'agent' },
      schema: {
        tags: ['staff'],
        summary: 'Sign the customer out on every device',
        params: AccountIdParams,
        body: StaffActionRequest,
        response: { 200: RevokeSessionsResult, ...actionErrors },
      },
    },
    async (request) =>
      revokeCustomerSessions(staffDeps(app, request), request.params.id, request.body.reason),
  );

  app.post(
    '/api/v1/staff/accounts/:id/notes',
    {
      config: { staff: 'agent' },
      schema: {
        tags: ['staff'],
        summary: 'Add a note to the account',
        params: AccountIdParams,
        body: AddNoteRequest,
        response: { 201: StaffNoteItem, ...actionErrors },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await addNote(staffDeps(app, request), request.params.id, request.body.body)),
  );

  app.post(
    '/api/v1/staff/accounts/:id/reveal-ssn',
    {
      config: { staff: 'supervisor' },
      schema: {
        tags: ['staff'],
        summary: 'Reveal the full SSN for one view (supervisor; audited with the reason)',
        params: AccountIdParams,
        body: StaffActionRequest,
        response: { 200: RevealSsnResponse, ...actionErrors },
      },
    },
    async (request) => revealSsn(staffDeps(app, request), request.params.id, request.body.reason),
  );
};
