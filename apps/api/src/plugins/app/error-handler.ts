// One place maps every failure to the uniform body `{ error: { code, message, fields? } }`.
// Validation → 400 with the field and the reason; domain errors as thrown; an unreachable database →
// 503; anything else → 500 with only a request id. No stack, SQL or ORM code ever reaches a client.
// A customer route answers in English or Spanish as Accept-Language asks (lib/error-language.ts).
import type { ErrorBody, ErrorCode, FieldError } from '@cos/contracts';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { isDatabaseUnavailable } from '../../lib/database-errors.ts';
import { errorLanguage, translateFields, translateMessage } from '../../lib/error-language.ts';
import { DomainError } from '../../lib/errors.ts';

// A failed sign-in must answer byte for byte the same whatever the reason (docs/product.md §3.3), so its
// body carries no per-request value; the request id is still in the x-request-id header.
const bodiesWithoutRequestId: ReadonlySet<ErrorCode> = new Set(['INVALID_CREDENTIALS']);

function send(
  reply: FastifyReply,
  request: FastifyRequest,
  status: number,
  code: ErrorCode,
  message: string,
  fields?: FieldError[],
) {
  const requestId = bodiesWithoutRequestId.has(code) ? {} : { requestId: request.id };
  // The parent's language (lib/error-language.ts); the staff console's routes stay English.
  const language = request.url.startsWith('/api/v1/staff')
    ? 'en'
    : errorLanguage(request.headers['accept-language']);
  const translated = translateFields(fields, language);
  const body: ErrorBody = {
    error: {
      code,
      message: translateMessage(message, language),
      ...(translated ? { fields: translated } : {}),
      ...requestId,
    },
  };
  const vary = reply.getHeader('vary');
  return reply
    .code(status)
    .header('content-language', language)
    .header('vary', vary ? `${String(vary)}, Accept-Language` : 'Accept-Language')
    .type('application/json; charset=utf-8')
    .send(body);
}

/** Fastify's own client errors (bad JSON, wrong content type, body too large …) by status. */
const clientErrors: Record<number, [ErrorCode, string]> = {
  400: ['BAD_REQUEST', 'The request could not be read. Check that it is valid JSON.'],
  413: ['PAYLOAD_TOO_LARGE', 'The request is too large.'],
  415: ['UNSUPPORTED_MEDIA_TYPE', 'This content type is not accepted here.'],
  429: ['RATE_LIMITED', 'Too many requests. Please wait a moment and try again.'],
};

function fieldErrors(error: FastifyError): FieldError[] {
  return (error.validation ?? []).flatMap((issue) => {
    const path = issue.instancePath.replace(/^\//, '').replaceAll('/', '.');
    // A strict schema's unknown keys: one entry per key, so the client learns which field it must
    // not send (e.g. card data to the payments route, which takes only the processor's token).
    const unknownKeys = issue.keyword === 'unrecognized_keys' ? issue.params?.['keys'] : undefined;
    if (Array.isArray(unknownKeys))
      return unknownKeys.map((key) => ({
        field: [path, String(key)].filter(Boolean).join('.'),
        message: `${String(key)} is not allowed here.`,
      }));
    const missing =
      typeof issue.params?.['missingProperty'] === 'string' ? issue.params['missingProperty'] : '';
    return {
      field: path || missing || (error.validationContext ?? 'body'),
      message: issue.message ?? 'Invalid value',
    };
  });
}

export const errorHandler = fp(
  async (app: FastifyInstance) => {
    app.setErrorHandler((error: FastifyError, request, reply) => {
      if (error instanceof DomainError) {
        // A 5xx domain error (e.g. the audit trail could not be written) is for operators to see;
        // a feature they switched off answering as told (FEATURE_UNAVAILABLE) is not a fault.
        if (error.code === 'FEATURE_UNAVAILABLE') request.log.info({ code: error.code }, error.message);
        else if (error.statusCode >= 500) request.log.error({ err: error.cause ?? error }, error.message);
        reply.headers(error.headers);
        return send(reply, request, error.statusCode, error.code, error.message, error.fields);
      }
      if (hasZodFastifySchemaValidationErrors(error)) {
        return send(
          reply,
          request,
          400,
          'VALIDATION_FAILED',
          'Some of the information is missing or not valid.',
          fieldErrors(error),
        );
      }
      if (isDatabaseUnavailable(error)) {
        request.log.warn({ err: error }, 'database unavailable');
        reply.header('retry-after', '5');
        return send(
          reply,
          request,
          503,
          'SERVICE_UNAVAILABLE',
          'The service is temporarily unavailable. Please try again in a few minutes.',
        );
      }
      const status = error.statusCode ?? 500;
      const known = clientErrors[status];
      if (known && status < 500) {
        return send(reply, request, status, known[0], known[1]);
      }
      if (status === 503) {
        return send(
          reply,
          request,
          503,
          'SERVICE_UNAVAILABLE',
          'The service is busy. Please try again shortly.',
        );
      }
      request.log.error({ err: error }, 'unhandled error');
      return send(
        reply,
        request,
        500,
        'INTERNAL_ERROR',
        'Something went wrong on our side. Please try again later.',
      );
    });

    app.setNotFoundHandler((request, reply) =>
      send(reply, request, 404, 'NOT_FOUND', 'We could not find what you asked for.'),
    );
  },
  { name: 'error-handler' },
);
