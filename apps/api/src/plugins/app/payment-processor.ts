// app.paymentProcessor: the card processor the app was built with, or the labelled test double
// (lib/payment-processor.ts) when none is configured. app.paymentTimeoutMs bounds each call.
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { TestPaymentProcessor, type PaymentProcessor } from '../../lib/payment-processor.ts';

declare module 'fastify' {
  interface FastifyInstance {
    paymentProcessor: PaymentProcessor;
    paymentTimeoutMs: number;
    /** False when the only processor is the test double and test doubles are not allowed (production). */
    paymentsAvailable: boolean;
  }
}

/** Long enough for a slow processor, short enough that a parent is not left waiting. */
export const DEFAULT_PAYMENT_TIMEOUT_MS = 15_000;

export const paymentProcessor = fp(
  async (
    app: FastifyInstance,
    options: {
      processor?: PaymentProcessor | undefined;
      timeoutMs?: number | undefined;
      allowTestProcessor?: boolean | undefined;
    },
  ) => {
    const processor = options.processor ?? new TestPaymentProcessor();
    app.decorate('paymentProcessor', processor);
    app.decorate('paymentTimeoutMs', options.timeoutMs ?? DEFAULT_PAYMENT_TIMEOUT_MS);
    app.decorate('paymentsAvailable', !processor.isTest || (options.allowTestProcessor ?? true));
    if (!app.paymentsAvailable)
      app.log.warn('no card processor is configured: Make Payment answers 503 FEATURE_UNAVAILABLE');
  },
  { name: 'payment-processor' },
);
