// Make Payment (docs/product.md §3.6, §8): the page's options, the payment itself (Idempotency-Key header,
// one per attempt) and the receipt by confirmation number. Signed-in parents only.
import {
  ConfirmationParams,
  IdempotencyHeaders,
  MakePaymentRequest,
  MAX_PAYMENT_CENTS,
  MIN_PAYMENT_CENTS,
  PaymentOptions,
  PaymentReceipt,
} from '@cos/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { DomainError } from '../../lib/errors.ts';
import { errorResponses } from '../../lib/error-responses.ts';
import { requireAuth } from '../../plugins/app/auth-guard.ts';
import { makePayment } from './make-payment.service.ts';
import { getReceipt } from './payment-requests.ts';
import { serviceDeps } from '../../lib/service-deps.ts';

export const paymentsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/v1/payments/options',
    {
      config: { auth: 'full' },
      schema: {
        tags: ['payments'],
        summary: 'Payment limits and whether the test processor is in use',
        response: { 200: PaymentOptions, ...errorResponses(401, 403) },
      },
    },
    async () => ({
      minCents: MIN_PAYMENT_CENTS,
      maxCents: MAX_PAYMENT_CENTS,
      testProcessor: app.paymentProcessor?.isTest ?? false,
      available: app.paymentsAvailable,
      hostedForm: app.paymentProcessor?.hostedForm ?? null,
    }),
  );

  app.post(
    '/api/v1/payments',
    {
      config: { auth: 'full' },
      schema: {
        tags: ['payments'],
        summary: 'Pay on a case by card (one-time), with the processor token of the card',
        description:
          'The card is entered in the processor’s hosted form (options.hostedForm), which gives the page a single-use paymentToken; card numbers, expiry dates and security codes are never accepted here (400 naming the field). ' +
          'Send a new Idempotency-Key (UUID) per reviewed payment. The same key again answers the first result and never charges twice; ' +
          'the same key with another case or amount is 409. 402 PAYMENT_DECLINED: declined, nothing charged. 504 PAYMENT_TIMEOUT: the outcome is unknown — do not pay again. ' +
          '429 TOO_MANY_PAYMENT_ATTEMPTS (with Retry-After): the account has 5 attempts that did not go through in the last hour (by default); a new attempt is not sent to the processor.',
        headers: IdempotencyHeaders,
        body: MakePaymentRequest,
        response: { 201: PaymentReceipt, ...errorResponses(400, 401, 402, 403, 404, 409, 429, 503, 504) },
      },
    },
    async (request, reply) => {
      const { accountId } = requireAuth(request);
      const processor = app.paymentProcessor;
      if (!processor) throw paymentsUnavailable();
      const receipt = await makePayment(
        {
          ...serviceDeps(app, request),
          processor,
          timeoutMs: app.paymentTimeoutMs,
          warn: (error, message) => request.log.warn({ err: error }, message),
        },
        accountId,
        request.headers['idempotency-key'],
        request.body,
      );
      return reply.code(201).send(receipt);
    },
  );

  app.get(
    '/api/v1/payments/:confirmationNumber',
    {
      config: { auth: 'full' },
      schema: {
        tags: ['payments'],
        summary: 'The receipt of one of your payments',
        params: ConfirmationParams,
        response: { 200: PaymentReceipt, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) =>
      getReceipt(
        serviceDeps(app, request),
        requireAuth(request).accountId,
        request.params.confirmationNumber,
      ),
  );
};

/** Production without a real card processor: nothing is recorded and nothing is charged. */
const paymentsUnavailable = () =>
  new DomainError(
    'FEATURE_UNAVAILABLE',
    503,
    'Online card payments are not available at the moment. Nothing was charged. Please try again later or call customer service.',
  );
