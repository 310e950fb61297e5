// POST /api/v1/payments/webhook: the card processor tells us an outcome (payment-webhook.ts). No
// session: the HMAC signature over the raw body is the authentication, so this scope reads JSON as
// raw bytes, verifies them, and only then parses and validates the event.
import { PaymentWebhookAck, PaymentWebhookEvent, PaymentWebhookHeaders } from '@cos/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { badRequest, DomainError } from '../../lib/errors.ts';
import { errorResponses } from '../../lib/error-responses.ts';
import { serviceDeps } from '../../lib/service-deps.ts';
import { applyWebhookEvent, verifyWebhookSignature } from './payment-webhook.ts';

export const paymentWebhookRoutes: FastifyPluginAsyncZod = async (app) => {
  // Encapsulated: only this plugin's routes get the raw-bytes parser.
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (_request, body, done) =>
    done(null, body),
  );

  app.post(
    '/api/v1/payments/webhook',
    {
      schema: {
        tags: ['payments'],
        summary: 'The card processor reports an outcome (signed webhook)',
        description:
          'Signed with HMAC-SHA256 over "<t>.<raw body>" using the processor webhook secret (header Processor-Signature: t=<unix seconds>,v1=<hex>). ' +
          '401: bad signature or a timestamp more than 5 minutes away; 409: an event id already received; both change nothing.',
        headers: PaymentWebhookHeaders,
        response: { 200: PaymentWebhookAck, ...errorResponses(400, 401, 404, 409, 503) },
      },
    },
    async (request) => {
      const secret = app.paymentWebhookSecret;
      if (!secret)
        throw new DomainError('FEATURE_UNAVAILABLE', 503, 'No payment webhook secret is configured.');
      const rawBody = request.body;
      if (!Buffer.isBuffer(rawBody)) throw badRequest('Send the event as application/json.');
      verifyWebhookSignature({
        secret,
        header: request.headers['processor-signature'],
        rawBody,
        now: app.clock.now(),
      });
      let json: unknown;
      try {
        json = JSON.parse(rawBody.toString('utf8'));
      } catch {
        throw badRequest('The event is not valid JSON.');
      }
      const event = PaymentWebhookEvent.safeParse(json);
      if (!event.success)
        throw badRequest(
          'The event is not one we know.',
          event.error.issues.map((issue) => ({
            field: issue.path.join('.') || 'body',
            message: issue.message,
          })),
        );
      const { changed } = await applyWebhookEvent(
        {
          ...serviceDeps(app, request),
          warn: (error, message) => request.log.warn({ err: error }, message),
        },
        event.data,
      );
      return { received: true as const, changed };
    },
  );
};
