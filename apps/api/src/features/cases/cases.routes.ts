// My Case and Payments for the signed-in parent (docs/product.md §3.5, §8). Every route resolves the case
// through the parent's participations, so another parent's case number is a 404 like a missing one.
import {
  CaseDetail,
  CaseList,
  CaseNumberParams,
  MonthlyTotals,
  PaymentPage,
  PaymentsQuery,
} from '@cos/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses } from '../../lib/error-responses.ts';
import { unauthenticated } from '../../lib/errors.ts';
import { requireAuth } from '../../plugins/app/auth-guard.ts';
import { caseIdFor, getCaseDetail, listCases, viewerFor, type CaseViewer } from './cases.service.ts';
import { listPayments, monthlyTotals } from './payments.service.ts';

export const casesRoutes: FastifyPluginAsyncZod = async (app) => {
  async function viewerOf(request: Parameters<typeof requireAuth>[0]): Promise<CaseViewer> {
    const viewer = await viewerFor(app.db, requireAuth(request).accountId);
    if (!viewer) throw unauthenticated();
    return viewer;
  }

  app.get(
    '/api/v1/cases',
    {
      config: { auth: 'full' },
      schema: {
        tags: ['cases'],
        summary: 'The cases the signed-in parent takes part in',
        response: { 200: CaseList, ...errorResponses(401, 403) },
      },
    },
    async (request) => listCases(app.db, await viewerOf(request)),
  );

  app.get(
    '/api/v1/cases/:caseNumber',
    {
      config: { auth: 'full' },
      schema: {
        tags: ['cases'],
        summary: 'Case detail with the last 12 payments',
        params: CaseNumberParams,
        response: { 200: CaseDetail, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) =>
      getCaseDetail(app.db, requireAuth(request).accountId, request.params.caseNumber, app.clock.now()),
  );

  app.get(
    '/api/v1/cases/:caseNumber/payments',
    {
      config: { auth: 'full' },
      schema: {
        tags: ['cases'],
        summary: 'Payment history, newest first, with the running balance',
        params: CaseNumberParams,
        querystring: PaymentsQuery,
        response: { 200: PaymentPage, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const caseId = await caseIdFor(app.db, await viewerOf(request), request.params.caseNumber);
      return listPayments(app.db, caseId, request.query);
    },
  );

  app.get(
    '/api/v1/cases/:caseNumber/payments/monthly',
    {
      config: { auth: 'full' },
      schema: {
        tags: ['cases'],
        summary: 'Owed and paid per month for the last 24 months (the chart and its table)',
        params: CaseNumberParams,
        response: { 200: MonthlyTotals, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const caseId = await caseIdFor(app.db, await viewerOf(request), request.params.caseNumber);
      return monthlyTotals(app.db, caseId, app.clock.now());
    },
  );
};
