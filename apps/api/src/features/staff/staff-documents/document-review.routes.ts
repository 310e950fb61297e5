// The console's document review queue (agent and up): list, download, accept or reject.
import {
  DocumentIdParams,
  DocumentReviewRequest,
  DocumentReviewResult,
  StaffDocumentPage,
  StaffDocumentQueueQuery,
} from '@cos/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DomainError } from '../../../lib/errors.ts';
import { errorResponses } from '../../../lib/error-responses.ts';
import { staffDeps } from '../../../plugins/app/staff-deps.ts';
import { documentForStaff, readDocumentQueue, reviewDocument } from './document-review.service.ts';
import { attachmentHeader } from '../../documents/document-view.ts';

export const documentReviewRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/v1/staff/documents',
    {
      config: { staff: 'agent' },
      schema: {
        tags: ['staff'],
        summary: 'Uploaded documents, those waiting for review first (audited)',
        querystring: StaffDocumentQueueQuery,
        response: { 200: StaffDocumentPage, ...errorResponses(400, 401, 403, 503) },
      },
    },
    async (request) => readDocumentQueue(staffDeps(app, request), request.query),
  );

  app.get(
    '/api/v1/staff/documents/:id/file',
    {
      config: { staff: 'agent' },
      schema: {
        tags: ['staff'],
        summary: 'Download a document (audited)',
        params: DocumentIdParams,
        produces: ['application/pdf', 'image/jpeg', 'image/png'],
        response: {
          200: z.unknown().describe('The file, as uploaded'),
          ...errorResponses(400, 401, 403, 404, 503),
        },
      },
    },
    async (request, reply) => {
      const { storageKey, item } = await documentForStaff(staffDeps(app, request), request.params.id);
      const content = await app.documentStorage.get(storageKey);
      if (!content)
        throw new DomainError(
          'SERVICE_UNAVAILABLE',
          503,
          'This document cannot be read right now. Please try again later.',
        );
      return reply
        .type(item.contentType)
        .header('content-length', item.sizeBytes)
        .header('content-disposition', attachmentHeader(item.fileName))
        .header('x-content-type-options', 'nosniff')
        .send(content);
    },
  );

  app.post(
    '/api/v1/staff/documents/:id/review',
    {
      config: { staff: 'agent' },
      schema: {
        tags: ['staff'],
        summary: 'Accept or reject a document, with a message for the parent (required to reject; audited)',
        params: DocumentIdParams,
        body: DocumentReviewRequest,
        response: { 200: DocumentReviewResult, ...errorResponses(400, 401, 403, 404, 409, 503) },
      },
    },
    async (request) => reviewDocument(staffDeps(app, request), request.params.id, request.body),
  );
};
