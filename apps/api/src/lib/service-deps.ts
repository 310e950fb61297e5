// The one way a route hands a service its dependencies (features/README.md): the app's shared
// dependencies plus who is asking. Services declare the subset they use
// (`Pick<ServiceDeps, 'db' | 'clock'>`); no Fastify type reaches them. A feature that needs more (a
// storage, a cipher bound to its key) spreads this and adds its own.
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
    mailer: app.mailer,
    // Parents' passkeys and second factor: every step-up (identity/step-up.ts) needs them.
    relyingParty: app.relyingParty,
    factorCipher: app.factorCipher,
    context: contextOf(request),
  };
}

export type ServiceDeps = ReturnType<typeof serviceDeps>;
