// app.relyingParty: who parents' passkeys belong to (the RP id, a registrable domain) and the
// origins allowed to present them, from configuration (WEBAUTHN_RP_ID, WEBAUTHN_ORIGINS). A passkey
// made for another RP id, or an assertion made on another origin, is refused.
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { RelyingParty } from '../../identity/webauthn.ts';

declare module 'fastify' {
  interface FastifyInstance {
    relyingParty: RelyingParty;
  }
}

/** Development default: the portal on localhost (WebAuthn refuses IP addresses as an RP id). */
export const DEFAULT_RELYING_PARTY: RelyingParty = {
  id: 'localhost',
  name: 'Customer Online Services',
  origins: ['http://localhost:3000'],
};

export const relyingParty = fp(
  async (app: FastifyInstance, options: { relyingParty?: RelyingParty | undefined }) => {
    app.decorate('relyingParty', options.relyingParty ?? DEFAULT_RELYING_PARTY);
  },
  { name: 'relying-party' },
);
