// Cookie parsing and setting. Only the refresh token travels in a cookie (identity/session-grant.ts);
// it is a random value checked against its stored hash, so the cookie needs no signature.
import cookie from '@fastify/cookie';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

export const cookies = fp(
  async (app: FastifyInstance) => {
    await app.register(cookie);
  },
  { name: 'cookies' },
);
