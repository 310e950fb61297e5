// What a route hands to a service: the app's shared dependencies plus who is asking. Services
// declare the subset they use; no Fastify type reaches them.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { contextOf } from './request-context.ts';

export function serviceDeps(app: FastifyInstance, request: FastifyRequest) {
  return {
    db: app.db.prisma,
    clock: app.clock,
    policy: app.policy,
    passwords: app.passwords,
    keyedHash: app.keyedHash,
    ssnCipher: app.ssnCipher,
    context: contextOf(request),
  };
}
