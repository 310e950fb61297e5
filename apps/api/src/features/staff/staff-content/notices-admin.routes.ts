// The console's notice, feature switch and app version policy administration (docs/product.md §4, §8), all
// for supervisors and admins. After each change this instance's content cache is cleared, so the
// portal served by it shows the change at once; other instances follow within the cache's TTL.
import {
  AdminFeatureSwitch,
  AdminFeatureSwitchList,
  AdminNotice,
  AdminNoticeList,
  AppVersionPolicy,
  CreateNoticeRequest,
  FeatureKeyParams,
  NoticeIdParams,
  SetFeatureSwitchRequest,
  UpdateAppVersionPolicyRequest,
  UpdateNoticeRequest,
} from '@cos/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses } from '../../../lib/error-responses.ts';
import { staffDeps } from '../../../plugins/app/staff-deps.ts';
import { createNotice, listAdminNotices, retireNotice, updateNotice } from './notices-admin.service.ts';
import { getAppPolicy, listSwitches, setSwitch, updateAppPolicy } from './switches-admin.service.ts';

export const noticesAdminRoutes: FastifyPluginAsyncZod = async (app) => {
  async function changed<T>(result: Promise<T>): Promise<T> {
    const value = await result;
    app.content.invalidate();
    return value;
  }

  app.get(
    '/api/v1/admin/notices',
    {
      config: { staff: 'supervisor' },
      schema: {
        tags: ['admin'],
        summary: 'Every notice with its status (active, scheduled, expired, retired)',
        response: { 200: AdminNoticeList, ...errorResponses(401, 403) },
      },
    },
    async (request) => listAdminNotices(staffDeps(app, request)),
  );

  app.post(
    '/api/v1/admin/notices',
    {
      config: { staff: 'supervisor' },
      schema: {
        tags: ['admin'],
        summary:
          'Create a notice; a public or customer notice is emailed once, when active, to parents who asked for notice emails',
        body: CreateNoticeRequest,
        response: { 201: AdminNotice, ...errorResponses(400, 401, 403, 503) },
      },
    },
    async (request, reply) => {
      return reply.code(201).send(await changed(createNotice(staffDeps(app, request), request.body)));
    },
  );

  app.patch(
    '/api/v1/admin/notices/:id',
    {
      config: { staff: 'supervisor' },
      schema: {
        tags: ['admin'],
        summary: 'Edit or reschedule a notice (only the fields sent change)',
        params: NoticeIdParams,
        body: UpdateNoticeRequest,
        response: { 200: AdminNotice, ...errorResponses(400, 401, 403, 404, 503) },
      },
    },
    async (request) => changed(updateNotice(staffDeps(app, request), request.params.id, request.body)),
  );

  app.delete(
    '/api/v1/admin/notices/:id',
    {
      config: { staff: 'supervisor' },
      schema: {
        tags: ['admin'],
        summary: 'Retire a notice (kept for the record, shown nowhere)',
        params: NoticeIdParams,
        response: { 200: AdminNotice, ...errorResponses(400, 401, 403, 404, 503) },
      },
    },
    async (request) => changed(retireNotice(staffDeps(app, request), request.params.id)),
  );

  app.get(
    '/api/v1/admin/features',
    {
      config: { staff: 'supervisor' },
      schema: {
        tags: ['admin'],
        summary: 'Every feature switch',
        response: { 200: AdminFeatureSwitchList, ...errorResponses(401, 403) },
      },
    },
    async (request) => listSwitches(staffDeps(app, request)),
  );

  app.put(
    '/api/v1/admin/features/:key',
    {
      config: { staff: 'supervisor' },
      schema: {
        tags: ['admin'],
        summary: 'Turn a feature on or off, with the reason (takes effect on every instance within seconds)',
        params: FeatureKeyParams,
        body: SetFeatureSwitchRequest,
        response: { 200: AdminFeatureSwitch, ...errorResponses(400, 401, 403, 404, 503) },
      },
    },
    async (request) => changed(setSwitch(staffDeps(app, request), request.params.key, request.body)),
  );

  app.get(
    '/api/v1/admin/app-version-policy',
    {
      config: { staff: 'supervisor' },
      schema: {
        tags: ['admin'],
        summary: 'The DCSS On the Go version policy',
        response: { 200: AppVersionPolicy, ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => getAppPolicy(staffDeps(app, request)),
  );

  app.put(
    '/api/v1/admin/app-version-policy',
    {
      config: { staff: 'supervisor' },
      schema: {
        tags: ['admin'],
        summary: 'Change the minimum and latest app versions and the upgrade message',
        body: UpdateAppVersionPolicyRequest,
        response: { 200: AppVersionPolicy, ...errorResponses(400, 401, 403, 404, 503) },
      },
    },
    async (request) => changed(updateAppPolicy(staffDeps(app, request), request.body)),
  );
};
