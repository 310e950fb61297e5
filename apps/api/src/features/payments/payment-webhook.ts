// The processor's signed webhook (POST /api/v1/payments/webhook), as processors sign theirs: the
// header `Processor-Signature: t=<unix seconds>,v1=<hex>` where v1 is HMAC-SHA256, keyed with the
// per-processor webhook secret, of "<t>.<the raw request body>". The raw bytes are verified before
// anything is parsed; a timestamp more than 5 minutes from our clock is refused (a captured request
// replayed later), and so is an event id already received (a replay within those minutes).
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { PaymentWebhookEvent } from '@cos/contracts';
import { DomainError, notFound } from '../../lib/errors.ts';
import { isUniqueViolation } from '../../lib/unique-violation.ts';
import { outcomeAudit, recordOutcome, type OutcomeDeps, type SettledStatus } from './payment-outcomes.ts';

export const WEBHOOK_TOLERANCE_SECONDS = 5 * 60;

export function signWebhook(secret: string, timestampSeconds: number, rawBody: string | Buffer): string {
  const mac = createHmac('sha256', secret).update(`${timestampSeconds}.`).update(rawBody).digest('hex');
  return `t=${timestampSeconds},v1=${mac}`;
}

const refused = (message: string) => new DomainError('UNAUTHENTICATED', 401, message);

/** Throws 401 unless the header signs exactly these bytes, recently, with the secret. */
export function verifyWebhookSignature(options: {
  secret: string;
  header: string;
  rawBody: Buffer;
  now: Date;
}): void {
  const parts = new Map(
    options.header.split(',').map((part) => {
      const [name = '', ...value] = part.trim().split('=');
      return [name, value.join('=')] as const;
    }),
  );
  const timestamp = Number(parts.get('t'));
  const given = parts.get('v1') ?? '';
  if (!Number.isInteger(timestamp) || !/^[0-9a-f]{64}$/.test(given))
    throw refused('The webhook signature header is not valid.');
  const expected = signWebhook(options.secret, timestamp, options.rawBody).split('v1=')[1] ?? '';
  if (!timingSafeEqual(Buffer.from(given, 'hex'), Buffer.from(expected, 'hex')))
    throw refused('The webhook signature does not match.');
  if (Math.abs(options.now.getTime() / 1000 - timestamp) > WEBHOOK_TOLERANCE_SECONDS)
    throw refused('The webhook timestamp is too old (or in the future).');
}

const statusOf: Record<PaymentWebhookEvent['type'], SettledStatus> = {
  'payment.approved': 'approved',
  'payment.declined': 'declined',
  'payment.refunded': 'refunded',
};

/** Applies a verified event once: its id is stored in the same transaction as the change. */
export async function applyWebhookEvent(
  deps: OutcomeDeps,
  event: PaymentWebhookEvent,
): Promise<{ changed: boolean }> {
  const request = await deps.db.paymentRequest.findUnique({
    where: { id: event.data.reference },
    select: { id: true },
  });
  if (!request) throw notFound('No payment has that reference.');
  try {
    const changed = await recordOutcome(
      deps,
      request.id,
      { status: statusOf[event.type], processorReference: event.data.processorReference },
      {
        via: 'webhook',
        audit: outcomeAudit('webhook', event.id),
        before: async (tx) => {
          await tx.paymentWebhookEvent.create({
            data: {
              id: event.id,
              eventType: event.type,
              paymentRequestId: request.id,
              receivedAt: deps.clock.now(),
            },
          });
        },
      },
    );
    return { changed: changed !== null };
  } catch (error) {
    if (isUniqueViolation(error))
      throw new DomainError('CONFLICT', 409, 'This webhook event was already received.');
    throw error;
  }
}
