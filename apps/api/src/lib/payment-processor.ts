// The card processor is an outside system (docs/product.md §3.6), reached through this one interface so the
// payment service never knows which one answers. It follows the hosted-fields model of the field's
// processors: the parent types the card into the processor's own form (`hostedForm`, a page of the
// processor's origin framed by Make Payment), the processor hands the page a single-use token, and
// our API charges that token. No card number, expiry or security code ever reaches our servers
// (docs/security.md, "Card payments and PCI scope").
//
// In this repository the only implementation is the TEST DOUBLE (test-processor/: its own HTTP
// server on its own origin, and lib/test-processor-client.ts speaking to it). A real processor
// adapter implements the same interface and is passed to buildApp({ paymentProcessor }).
import type { HostedCardForm } from '@cos/contracts';

export interface ChargeRequest {
  /**
   * Our payment request id, given to the processor as its idempotency key and merchant reference:
   * a retried call never charges twice, and `lookup` and the webhook name the charge by it.
   */
  idempotencyKey: string;
  amountCents: number;
  paymentToken: string;
}

export type ChargeOutcome =
  { status: 'approved'; reference: string } | { status: 'declined'; reference: string | null };

/** What the processor knows of a charge we sent (by our reference). */
export type LookupResult =
  | { status: 'approved' | 'declined' | 'refunded'; reference: string }
  /** It has the charge but no outcome yet. */
  | { status: 'pending' }
  /** It never received the charge: nothing was taken. */
  | { status: 'not_found' };

/** The card behind a token, as far as a merchant may know it. */
export interface TokenDetails {
  last4: string;
}

export interface PaymentProcessor {
  /** True for a stand-in that moves no real money; the page shows a notice while it is in use. */
  readonly isTest: boolean;
  /** The processor's card form; its origin is the one `frame-src` of our CSP allows. */
  readonly hostedForm: HostedCardForm;
  /** The card a token stands for, or null when the token is unknown, expired or already used. */
  describeToken(token: string, signal: AbortSignal): Promise<TokenDetails | null>;
  /** Settles or refuses the charge; rejects when `signal` aborts (the caller's time limit). */
  charge(request: ChargeRequest, signal: AbortSignal): Promise<ChargeOutcome>;
  /** The outcome of an earlier charge, by our reference (the charge's idempotency key). */
  lookup(reference: string, signal: AbortSignal): Promise<LookupResult>;
}
