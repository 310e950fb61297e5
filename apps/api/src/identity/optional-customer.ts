// Public routes that do a little more for a signed-in parent (Apply Now, Contact link what is sent
// to the account): the account of a valid, live, full bearer session, or null. An absent, expired
// or revoked token is simply anonymous — these routes never refuse a visitor for a stale token.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { isSessionActive } from './sessions.ts';
import { bearerClaims } from '../plugins/app/auth-guard.ts';

export async function optionalCustomer(
  app: FastifyInstance,
  request: FastifyRequest,
): Promise<string | null> {
  const claims = bearerClaims(app.tokens, request);
  if (!claims || claims.scope !== 'full') return null;
  return (await isSessionActive(app.db.pool, app.clock, claims)) ? claims.sub : null;
}
