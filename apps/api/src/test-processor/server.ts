// THE TEST PROCESSOR — a labelled test double standing in for the agency's card processor, which is
// an outside system. It runs as its own small HTTP server on its own port, so the browser really
// crosses an origin to reach its card form, as it would with a real processor. Never started in
// production (plugins/app/payment-processor.ts). It keeps no card number: a token remembers only the
// last four digits, the expiry and the test behaviour the number chose (card-rules.ts).
//
//   GET  /hosted/card-form?parent=<origin>&lang=en|es  the card form, framable by <origin> only
//   POST /v1/tokens                                     card → single-use token (from the form)
//   GET  /v1/tokens/:token                              merchant: the token's last 4 (secret key)
//   POST /v1/charges                                    merchant: charge a token (secret key)
//   GET  /v1/charges/:reference                         merchant: a charge's outcome (secret key)
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import Fastify from 'fastify';
import { behaviourOf, checkCard, type Behaviour } from './card-rules.ts';
import { hostedFormPage, isFormLanguage } from './hosted-form-page.ts';

interface Token {
  last4: string;
  expiry: string;
  behaviour: Behaviour;
  used: boolean;
}

interface Charge {
  status: 'approved' | 'declined';
  reference: string;
  amountCents: number;
}

export interface TestProcessorOptions {
  /** 0 (the default) takes a free port chosen at run time. */
  port?: number;
  host?: string;
}

export interface RunningTestProcessor {
  origin: string;
  /** The merchant's secret API key for this run (random; the API's client holds it). */
  secretKey: string;
  close(): Promise<void>;
}

// Beside this file in the source tree; beside the bundle in apps/api/dist (scripts/build-api.mjs
// copies them there), where only a non-production run of the bundle would ever serve them.
const assetDirs = [join(import.meta.dirname, 'public'), join(import.meta.dirname, 'test-processor-public')];
const readAsset = async (file: string) => {
  for (const dir of assetDirs) {
    try {
      return await readFile(join(dir, file), 'utf8');
    } catch {
      // try the next place
    }
  }
  throw new Error(`test processor asset ${file} not found`);
};

/** An http(s) origin and nothing more, or null: the only thing `frame-ancestors` may name. */
function parentOriginOf(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.origin === value ? value : null;
  } catch {
    return null;
  }
}

const pageCsp = (parent: string) =>
  [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "connect-src 'self'",
    "form-action 'self'",
    "base-uri 'none'",
    `frame-ancestors ${parent}`,
  ].join('; ');

export async function startTestProcessor(options: TestProcessorOptions = {}): Promise<RunningTestProcessor> {
  const secretKey = `sk_test_${randomBytes(24).toString('hex')}`;
  const tokens = new Map<string, Token>();
  const charges = new Map<string, Charge>();
  const app = Fastify({ logger: false, forceCloseConnections: true, bodyLimit: 16 * 1024 });

  const authorised = (header: string | undefined) => {
    const given = Buffer.from(header ?? '');
    const expected = Buffer.from(`Bearer ${secretKey}`);
    return given.length === expected.length && timingSafeEqual(given, expected);
  };
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-content-type-options', 'nosniff').header('cache-control', 'no-store');
    if (request.url.startsWith('/v1/') && !(request.method === 'POST' && request.url === '/v1/tokens'))
      if (!authorised(request.headers.authorization))
        return reply.code(401).send({ error: 'invalid_api_key' });
  });

  app.get('/hosted/card-form', async (request, reply) => {
    const query = request.query as Record<string, unknown>;
    const parent = parentOriginOf(query['parent']);
    if (!parent) return reply.code(400).type('text/plain').send('parent must be an http(s) origin');
    const language = isFormLanguage(query['lang']) ? query['lang'] : 'en';
    return reply
      .header('content-security-policy', pageCsp(parent))
      .type('text/html; charset=utf-8')
      .send(hostedFormPage(language, parent));
  });
  for (const [file, type] of [
    ['card-form.js', 'text/javascript; charset=utf-8'],
    ['card-form.css', 'text/css; charset=utf-8'],
  ] as const) {
    const body = await readAsset(file);
    app.get(`/hosted/${file}`, async (_request, reply) => reply.type(type).send(body));
  }

  app.post('/v1/tokens', async (request, reply) => {
    const { problems, card } = checkCard((request.body ?? {}) as Record<string, unknown>, new Date());
    if (!card) return reply.code(400).send({ error: 'invalid_card', problems });
    const token = `tok_test_${randomBytes(18).toString('base64url')}`;
    tokens.set(token, {
      last4: card.digits.slice(-4),
      expiry: card.expiry,
      behaviour: behaviourOf(card.digits),
      used: false,
    });
    return reply.code(201).send({ token, last4: card.digits.slice(-4), expiry: card.expiry });
  });

  app.get('/v1/tokens/:token', async (request, reply) => {
    const token = tokens.get((request.params as { token: string }).token);
    if (!token) return reply.code(404).send({ error: 'token_unknown' });
    return { last4: token.last4, expiry: token.expiry, used: token.used };
  });

  app.post('/v1/charges', async (request, reply) => {
    const body = (request.body ?? {}) as Record<string, unknown>;
    const { token: tokenId, amountCents, reference } = body;
    if (typeof tokenId !== 'string' || typeof reference !== 'string' || !Number.isInteger(amountCents))
      return reply.code(400).send({ error: 'invalid_request' });
    // Same reference → same answer, like a real processor's idempotency key.
    const earlier = charges.get(reference);
    if (earlier) return { status: earlier.status, reference: earlier.reference };
    const token = tokens.get(tokenId);
    if (!token) return reply.code(404).send({ error: 'token_unknown' });
    if (token.used) return reply.code(409).send({ error: 'token_used' });
    token.used = true;
    const charge: Charge = {
      status: token.behaviour === 'decline' ? 'declined' : 'approved',
      reference: `ch_test_${randomBytes(9).toString('hex')}`,
      amountCents: Number(amountCents),
    };
    charges.set(reference, charge);
    // The charge is made, but the answer never comes (a processor that hangs): the merchant's time
    // limit fires, and only lookup (or a webhook) tells it the outcome.
    if (token.behaviour === 'no_answer') return new Promise<never>(() => undefined);
    return { status: charge.status, reference: charge.reference };
  });

  app.get('/v1/charges/:reference', async (request, reply) => {
    const charge = charges.get((request.params as { reference: string }).reference);
    if (!charge) return reply.code(404).send({ error: 'charge_unknown' });
    return { status: charge.status, reference: charge.reference };
  });

  const host = options.host ?? '127.0.0.1';
  await app.listen({ port: options.port ?? 0, host });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('test processor has no TCP address');
  return { origin: `http://${host}:${address.port}`, secretKey, close: () => app.close() };
}
