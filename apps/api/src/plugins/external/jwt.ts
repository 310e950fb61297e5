// JWTs through @fastify/jwt: HS256 with the configured secret, issuer `cos-api`, one audience per
// kind of token (identity/tokens.ts). Verification pins algorithms to HS256 (so `alg: none` and
// algorithm confusion fail), requires every claim we rely on (fast-jwt skips checks of absent
// claims), and measures expiry against the injected clock so tests move time instead of sleeping.
import fastifyJwt from '@fastify/jwt';
import type { SecurityPolicy } from '@cos/security';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import {
  ACCESS_AUDIENCE,
  AccessClaims,
  REGISTRATION_AUDIENCE,
  REGISTRATION_TOKEN_SECONDS,
  RegistrationClaims,
  STAFF_AUDIENCE,
  StaffAccessClaims,
  TOKEN_ISSUER,
  type TokenService,
} from '../../identity/tokens.ts';

declare module 'fastify' {
  interface FastifyInstance {
    tokens: TokenService;
  }
}

export interface JwtOptions {
  secret: Buffer;
  policy: SecurityPolicy;
}

export const jwtTokens = fp(
  async (app: FastifyInstance, { secret, policy }: JwtOptions) => {
    const accessSeconds = policy.session.accessTokenMinutes * 60;
    await app.register(fastifyJwt, {
      secret,
      sign: { algorithm: 'HS256', iss: TOKEN_ISSUER, aud: ACCESS_AUDIENCE, expiresIn: accessSeconds },
      verify: {
        algorithms: ['HS256'],
        allowedIss: TOKEN_ISSUER,
        allowedAud: ACCESS_AUDIENCE,
        requiredClaims: ['iss', 'aud', 'iat', 'exp', 'sub'],
      },
    });

    const nowMs = () => app.clock.now().getTime();
    // iat from the injected clock; exp follows from it.
    const issuedAt = () => Math.floor(nowMs() / 1000);

    function verified<T>(token: string, audience: string, parse: (payload: unknown) => T | null): T | null {
      try {
        const payload: unknown = app.jwt.verify(token, { clockTimestamp: nowMs(), allowedAud: audience });
        return parse(payload);
      } catch {
        return null;
      }
    }

    const tokens: TokenService = {
      signAccess: (claims) => ({
        token: app.jwt.sign({ ...claims, iat: issuedAt() }),
        expiresIn: accessSeconds,
      }),
      verifyAccess: (token) =>
        verified(token, ACCESS_AUDIENCE, (payload) => AccessClaims.safeParse(payload).data ?? null),
      signRegistration: (personId) => ({
        token: app.jwt.sign(
          { sub: personId, iat: issuedAt() },
          { aud: REGISTRATION_AUDIENCE, expiresIn: REGISTRATION_TOKEN_SECONDS },
        ),
        expiresIn: REGISTRATION_TOKEN_SECONDS,
      }),
      verifyRegistration: (token) =>
        verified(
          token,
          REGISTRATION_AUDIENCE,
          (payload) => RegistrationClaims.safeParse(payload).data?.sub ?? null,
        ),
      signStaffAccess: (claims) => ({
        token: app.jwt.sign(
          { ...claims, iat: issuedAt() },
          { aud: STAFF_AUDIENCE, expiresIn: accessSeconds },
        ),
        expiresIn: accessSeconds,
      }),
      verifyStaffAccess: (token) =>
        verified(token, STAFF_AUDIENCE, (payload) => StaffAccessClaims.safeParse(payload).data ?? null),
    };
    app.decorate('tokens', tokens);
  },
  { name: 'jwt-tokens' },
);
