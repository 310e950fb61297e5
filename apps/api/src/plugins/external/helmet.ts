// Security headers for every response (docs/product.md §5): a strict CSP with no inline script, HSTS,
// nosniff, no framing. `helmet` (the engine of @fastify/helmet) decides the headers; since none of
// ours depends on the request (no nonces), it runs ONCE at start and each response gets the cached
// set. Running it per request, as @fastify/helmet does, halved the API's throughput
// (docs/decisions/0001-precomputed-security-headers.md). The one input is the card processor's
// origin: Make Payment frames its hosted card form, so `frame-src` names exactly that origin and
// nothing else (without a processor, frame-src falls back to default-src 'self').
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import helmet, { type HelmetOptions } from 'helmet';

export const contentSecurityPolicy = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
  upgradeInsecureRequests: null,
};

const optionsFor = (frameSrc: readonly string[]): HelmetOptions => ({
  contentSecurityPolicy: {
    useDefaults: false,
    directives: frameSrc.length > 0 ? { ...contentSecurityPolicy, frameSrc } : contentSecurityPolicy,
  },
  strictTransportSecurity: { maxAge: 31_536_000, includeSubDomains: true },
  frameguard: { action: 'deny' },
  referrerPolicy: { policy: 'no-referrer' },
  crossOriginEmbedderPolicy: false,
});

/**
 * The headers that only mean something on a document (a page the browser renders), left off the
 * hashed script, style and font files: a CSP, framing and download rules, the referrer policy and
 * the opener policy govern the page that loads those files, not the files themselves. Sent on
 * each of the ~20 files of a first visit they cost ~0.5 KB apiece over HTTP/1.1 (no header
 * compression): 9 KB of the sign-in page's 150 KB budget, measured (issue 17). What protects a file
 * itself stays: nosniff (a file is never run as another type), Cross-Origin-Resource-Policy (no
 * other site may load it) and HSTS (every response).
 */
export const DOCUMENT_ONLY_HEADERS = [
  'content-security-policy',
  'cross-origin-opener-policy',
  'origin-agent-cluster',
  'referrer-policy',
  'x-dns-prefetch-control',
  'x-download-options',
  'x-frame-options',
  'x-permitted-cross-domain-policies',
  'x-xss-protection',
] as const;

export interface SecurityHeadersOptions {
  /** Origins our pages may frame: the card processor's hosted form, or none. */
  frameSrc?: readonly string[];
}

/** The headers helmet sets with our options, computed by running it once against a recorder. */
export function computeSecurityHeaders(options: SecurityHeadersOptions = {}): Record<string, string> {
  const headers: Record<string, string> = {};
  const recorder = {
    setHeader: (name: string, value: string | number | readonly string[]) => {
      headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
    },
    removeHeader: (name: string) => {
      delete headers[name.toLowerCase()];
    },
  };
  let failure: unknown;
  // helmet is Connect middleware; with static options it calls next() synchronously.
  helmet(optionsFor(options.frameSrc ?? []))({} as never, recorder as never, (error?: unknown) => {
    failure = error;
  });
  if (failure) throw failure;
  return headers;
}

export const securityHeaders = fp(
  async (app: FastifyInstance, options: SecurityHeadersOptions) => {
    const headers = computeSecurityHeaders(options);
    app.addHook('onRequest', (_request, reply, done) => {
      reply.headers(headers);
      done();
    });
  },
  { name: 'security-headers' },
);
