// The API's side of the TEST processor (test-processor/server.ts): a PaymentProcessor that speaks
// HTTP to it with the run's secret key, as a real adapter would speak to its processor's API.
// `isTest` is true, so the page says no real money moves and production refuses it.
import type { HostedCardForm } from '@cos/contracts';
import type {
  ChargeOutcome,
  ChargeRequest,
  LookupResult,
  PaymentProcessor,
  TokenDetails,
} from './payment-processor.ts';

export class TestProcessorClient implements PaymentProcessor {
  readonly isTest = true;
  readonly hostedForm: HostedCardForm;
  readonly #origin: string;
  readonly #secretKey: string;

  constructor(options: { origin: string; secretKey: string }) {
    this.#origin = options.origin;
    this.#secretKey = options.secretKey;
    this.hostedForm = { origin: options.origin, url: `${options.origin}/hosted/card-form` };
  }

  async #call(path: string, signal: AbortSignal, body?: object) {
    const response = await fetch(`${this.#origin}${path}`, {
      method: body ? 'POST' : 'GET',
      headers: {
        authorization: `Bearer ${this.#secretKey}`,
        ...(body ? { 'content-type': 'application/json' } : {}),
      },
      body: body ? JSON.stringify(body) : null,
      signal,
    });
    const answer: unknown = await response.json();
    return { status: response.status, answer: isRecord(answer) ? answer : {} };
  }

  async describeToken(token: string, signal: AbortSignal): Promise<TokenDetails | null> {
    const { status, answer } = await this.#call(`/v1/tokens/${encodeURIComponent(token)}`, signal);
    if (status === 404 || answer['used'] === true) return null;
    if (status !== 200 || typeof answer['last4'] !== 'string') throw new Error(`test processor: ${status}`);
    return { last4: answer['last4'] };
  }

  async charge(request: ChargeRequest, signal: AbortSignal): Promise<ChargeOutcome> {
    const { status, answer } = await this.#call('/v1/charges', signal, {
      token: request.paymentToken,
      amountCents: request.amountCents,
      reference: request.idempotencyKey,
    });
    const reference = typeof answer['reference'] === 'string' ? answer['reference'] : null;
    if (status === 200 && answer['status'] === 'approved' && reference)
      return { status: 'approved', reference };
    if (status === 200 && answer['status'] === 'declined') return { status: 'declined', reference };
    // An unknown or spent token is refused before any charge: nothing was taken.
    if (status === 404 || status === 409) return { status: 'declined', reference: null };
    throw new Error(`test processor: charge answered ${status}`);
  }

  async lookup(reference: string, signal: AbortSignal): Promise<LookupResult> {
    const { status, answer } = await this.#call(`/v1/charges/${encodeURIComponent(reference)}`, signal);
    if (status === 404) return { status: 'not_found' };
    const outcome = answer['status'];
    const processorReference = answer['reference'];
    if (
      status === 200 &&
      (outcome === 'approved' || outcome === 'declined' || outcome === 'refunded') &&
      typeof processorReference === 'string'
    )
      return { status: outcome, reference: processorReference };
    if (status === 200 && outcome === 'pending') return { status: 'pending' };
    throw new Error(`test processor: lookup answered ${status}`);
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
