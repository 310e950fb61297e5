// app.paymentProcessor: the card processor the app was built with, or — where test processors are
// allowed (not in production) — the labelled test double, started here as its own HTTP server on a
// free loopback port (test-processor/server.ts) and stopped when the app closes. In production with
// no real processor there is none: payments are unavailable (503) and no test server is started.
// app.paymentTimeoutMs bounds each processor call; app.paymentWebhookSecret verifies webhooks.
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { PaymentProcessor } from '../../lib/payment-processor.ts';
import { TestProcessorClient } from '../../lib/test-processor-client.ts';
import { startTestProcessor } from '../../test-processor/server.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /** Null when no processor may take payments (production without a real one). */
    paymentProcessor: PaymentProcessor | null;
    paymentTimeoutMs: number;
    /** False when the only processor is the test double and test doubles are not allowed (production). */
    paymentsAvailable: boolean;
    /** The processor's webhook signing secret; null when none is configured (webhooks answer 503). */
    paymentWebhookSecret: string | null;
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
      /** Port of the test processor; 0 or absent: a free one chosen at run time. */
      testProcessorPort?: number | undefined;
      webhookSecret?: string | undefined;
    },
  ) => {
    let processor: PaymentProcessor | null = options.processor ?? null;
    if (!processor && (options.allowTestProcessor ?? true)) {
      const running = await startTestProcessor({ port: options.testProcessorPort ?? 0 });
      app.addHook('onClose', () => running.close());
      processor = new TestProcessorClient(running);
      app.log.info({ origin: running.origin }, 'test card processor (no real money moves) started');
    }
    // A test double handed in explicitly is refused where test processors are not allowed.
    const available = processor !== null && (!processor.isTest || (options.allowTestProcessor ?? true));
    app.decorate('paymentProcessor', available ? processor : null);
    app.decorate('paymentTimeoutMs', options.timeoutMs ?? DEFAULT_PAYMENT_TIMEOUT_MS);
    app.decorate('paymentsAvailable', available);
    app.decorate('paymentWebhookSecret', options.webhookSecret ?? null);
    if (!available)
      app.log.warn('no card processor is configured: Make Payment answers 503 FEATURE_UNAVAILABLE');
  },
  { name: 'payment-processor' },
);
