// The card processor is an outside system (SPEC.md §3.6), reached through this one interface so the
// payment service never knows which one answers. The only implementation here is the TEST DOUBLE
// below: it moves no money, and the app says so on the Make Payment page. A real processor adapter
// implements the same interface and is passed to buildApp({ paymentProcessor }).

export interface ChargeRequest {
  /** The processor's own idempotency key: a retried call never charges twice at its end either. */
  idempotencyKey: string;
  amountCents: number;
  cardNumber: string;
  expiry: string;
  cvv: string;
  zip: string;
}

export type ChargeOutcome =
  { status: 'approved'; reference: string } | { status: 'declined'; reference: string | null };

/** What the processor knows of a charge we sent: settled, still in progress, or never received. */
export type LookupOutcome = ChargeOutcome | { status: 'pending' } | { status: 'not_found' };

export interface PaymentProcessor {
  /** True for a stand-in that moves no real money; the page shows a notice while it is in use. */
  readonly isTest: boolean;
  /** Settles or refuses the charge; rejects when `signal` aborts (the caller's time limit). */
  charge(request: ChargeRequest, signal: AbortSignal): Promise<ChargeOutcome>;
  /**
   * The outcome of an earlier charge, by the idempotency key it was sent with: how a payment whose
   * answer never came back (a timeout) is settled later by the reconciliation job.
   */
  lookup(idempotencyKey: string, signal: AbortSignal): Promise<LookupOutcome>;
}

/**
 * Development and test stand-in for the card processor. Approves every card except: a number
 * ending 0002 is declined; one ending 0003 never answers and never charges (as a processor that
 * hangs), so the caller's timeout fires and a later lookup finds nothing; one ending 0004 is
 * approved but the answer never comes back (a lookup later finds it approved). Same idempotency key
 * → same answer, like a real processor.
 */
export class TestPaymentProcessor implements PaymentProcessor {
  readonly isTest = true;
  readonly #answered = new Map<string, ChargeOutcome>();

  async charge(request: ChargeRequest, signal: AbortSignal): Promise<ChargeOutcome> {
    const earlier = this.#answered.get(request.idempotencyKey);
    if (earlier) return earlier;
    if (request.cardNumber.endsWith('0003')) return hangUntilAborted(signal);
    const reference = `TEST-${request.idempotencyKey.slice(0, 8)}`;
    const outcome: ChargeOutcome = request.cardNumber.endsWith('0002')
      ? { status: 'declined', reference }
      : { status: 'approved', reference };
    this.#answered.set(request.idempotencyKey, outcome);
    if (request.cardNumber.endsWith('0004')) return hangUntilAborted(signal);
    return outcome;
  }

  async lookup(idempotencyKey: string): Promise<LookupOutcome> {
    return this.#answered.get(idempotencyKey) ?? { status: 'not_found' };
  }
}

function hangUntilAborted(signal: AbortSignal): Promise<never> {
  return new Promise((_, reject) => {
    const fail = () => reject(signal.reason instanceof Error ? signal.reason : new Error('aborted'));
    if (signal.aborted) fail();
    else signal.addEventListener('abort', fail, { once: true });
  });
}
