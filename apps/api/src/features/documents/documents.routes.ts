// Documents for the signed-in parent (docs/product.md §3.6): upload (multipart, 10 MB, PDF/JPEG/PNG by
// content), the list with review status, and a download of their own files. The multipart parser
// is registered in this plugin only: everywhere else the app's 64 KiB JSON body limit stands.
import multipart from '@fastify/multipart';
import { DOCUMENT_UPLOAD_POLICY, DocumentIdParams, DocumentItem, DocumentList } from '@cos/contracts';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses } from '../../lib/error-responses.ts';
import { requireAuth } from '../../plugins/app/auth-guard.ts';
import { attachmentHeader } from './document-view.ts';
import {
  checkUploadAllowance,
  listDocuments,
  openDocument,
  recordUpload,
  refuseDeclaredOversize,
} from './documents.service.ts';
import { receiveUpload } from './receive-upload.ts';
import { serviceDeps } from '../../lib/service-deps.ts';

export const documentsRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(multipart, {
    throwFileSizeLimit: true,
    limits: {
      fileSize: DOCUMENT_UPLOAD_POLICY.maxBytes,
      files: 1,
      fields: 4,
      fieldSize: 1024,
      parts: 6,
      headerPairs: 50,
    },
  });
  const deps = (request: FastifyRequest) => ({ ...serviceDeps(app, request), storage: app.documentStorage });

  app.get(
    '/api/v1/documents',
    {
      config: { auth: 'full' },
      schema: {
        tags: ['documents'],
        summary: 'The parent’s uploaded documents, newest first, with review status',
        response: { 200: DocumentList, ...errorResponses(401, 403) },
      },
    },
    async (request) => listDocuments(serviceDeps(app, request), requireAuth(request).accountId),
  );

  app.post(
    '/api/v1/documents',
    {
      config: { auth: 'full' },
      schema: {
        tags: ['documents'],
        summary: 'Upload a PDF, JPEG or PNG (at most 10 MB)',
        description:
          'multipart/form-data with a `file` part and the fields `description` (required, ≤ 200 characters) and `caseNumber` (optional, one of the parent’s cases). ' +
          'The type is detected from the content: anything but PDF, JPEG or PNG → 415 UNSUPPORTED_FILE_TYPE; over 10 MB → 413 FILE_TOO_LARGE. ' +
          'Past the account’s allowance (20 files or 100 MB in 24 hours by default) → 429 TOO_MANY_UPLOADS with Retry-After.',
        consumes: ['multipart/form-data'],
        response: { 201: DocumentItem, ...errorResponses(400, 401, 403, 413, 415, 429) },
      },
    },
    async (request, reply) => {
      const { accountId } = requireAuth(request);
      refuseDeclaredOversize(request.headers['content-length']);
      // Refused before a byte is stored when the allowance is used up; checked again with the size.
      await checkUploadAllowance(deps(request), accountId, 0);
      const upload = await receiveUpload(request, app.documentStorage);
      return reply.code(201).send(await recordUpload(deps(request), accountId, upload));
    },
  );

  app.get(
    '/api/v1/documents/:id/file',
    {
      config: { auth: 'full' },
      schema: {
        tags: ['documents'],
        summary: 'Download one of the parent’s own documents (as an attachment)',
        params: DocumentIdParams,
        produces: ['application/pdf', 'image/jpeg', 'image/png'],
        response: {
          200: z.unknown().describe('The file, as uploaded'),
          ...errorResponses(400, 401, 403, 404),
        },
      },
    },
    async (request, reply) => {
      const file = await openDocument(deps(request), request.params.id, requireAuth(request).accountId);
      return reply
        .type(file.contentType)
        .header('content-length', file.sizeBytes)
        .header('content-disposition', attachmentHeader(file.fileName))
        .header('x-content-type-options', 'nosniff')
        .send(file.content);
    },
  );
};
