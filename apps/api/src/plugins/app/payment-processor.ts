// app.paymentProcessor: the card processor the app was built with, or the labelled test double
// (lib/payment-processor.ts) when none is configured. app.paymentTimeoutMs bounds each call.
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { TestPaymentProcessor, type PaymentProcessor } from '../../lib/payment-processor.ts';

declare module 'fastify' {
  interface FastifyInstance {
    paymentProcessor: PaymentProcessor;
    paymentTimeoutMs: number;
  }
}

/** Long enough for a slow processor, short enough that a parent is not left waiting. */
export const DEFAULT_PAYMENT_TIMEOUT_MS = 15_000;

export const paymentProcessor = fp(
  async (app: FastifyInstance, options: { processor?: PaymentProcessor | undefined; timeoutMs?: number | undefined }) => {
    app.decorate('paymentProcessor', options.processor ?? new TestPaymentProcessor());
    app.decorate('paymentTimeoutMs', options.timeoutMs ?? DEFAULT_PAYMENT_TIMEOUT_MS);
  },
  { name: 'payment-processor' },
);
