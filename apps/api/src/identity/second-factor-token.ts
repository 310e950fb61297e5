// The hand-over from a right password to the second factor's code step: opaque (AES-256-GCM over
// its claims, app.tokenCipher, as the recovery token), naming the account, expiring after the
// policy's secondFactor.pendingMinutes, with a random id so the step that used it cannot be
// repeated. It grants nothing by itself: only a right code with it starts a session.
import { randomBytes } from 'node:crypto';
import type { FieldCipher, SecurityPolicy } from '@cos/security';
import { z } from 'zod';
import type { Clock } from '../lib/clock.ts';

const Claims = z.object({
  k: z.literal('2fa'),
  a: z.uuid(),
  e: z.int(),
  j: z.string().regex(/^[A-Za-z0-9_-]{22}$/),
});

export interface SecondFactorTokens {
  issue(accountId: string): { token: string; expiresIn: number };
  read(token: string): { accountId: string; tokenId: string } | null;
}

export function createSecondFactorTokens(
  cipher: FieldCipher,
  clock: Clock,
  policy: SecurityPolicy,
): SecondFactorTokens {
  const nowSeconds = () => Math.floor(clock.now().getTime() / 1000);
  return {
    issue(accountId) {
      const expiresIn = policy.secondFactor.pendingMinutes * 60;
      const claims = {
        k: '2fa',
        a: accountId,
        e: nowSeconds() + expiresIn,
        j: randomBytes(16).toString('base64url'),
      };
      return { token: cipher.encrypt(JSON.stringify(claims)).toString('base64url'), expiresIn };
    },
    read(token) {
      if (!/^[A-Za-z0-9_-]+$/.test(token)) return null;
      try {
        const claims = Claims.parse(JSON.parse(cipher.decrypt(Buffer.from(token, 'base64url'))));
        return claims.e > nowSeconds() ? { accountId: claims.a, tokenId: claims.j } : null;
      } catch {
        return null;
      }
    },
  };
}
