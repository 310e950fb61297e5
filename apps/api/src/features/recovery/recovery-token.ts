// The recovery token carries a started recovery from the identity step to the answer step. It is
// opaque: AES-256-GCM over its claims (app.tokenCipher), padded to one length, so a decoy's token
// and a real account's look alike and neither can be read or altered by the client. It names the
// questions that were asked, so the answer step checks exactly those, and it expires in 15 minutes.
import { randomBytes } from 'node:crypto';
import type { FieldCipher } from '@cos/security';
import { z } from 'zod';
import type { Clock } from '../../lib/clock.ts';

export const RECOVERY_TOKEN_SECONDS = 15 * 60;
/** Every token's plaintext is padded to this many characters before sealing. */
const PADDED_LENGTH = 256;

export const RecoveryClaims = z.object({
  /** The account, or '' for a decoy. */
  a: z.string(),
  /** The key its answer attempts and locks are counted under (keyed hash). */
  s: z.string().regex(/^[0-9a-f]{64}$/),
  /** The question ids asked. */
  q: z.array(z.int().positive()).min(1).max(3),
  /** Expiry, seconds since the epoch. */
  e: z.int(),
  /** Random id, so a token used for a successful recovery cannot be used again. */
  j: z.string().regex(/^[A-Za-z0-9_-]{22}$/),
});
export type RecoveryClaims = z.infer<typeof RecoveryClaims>;

export type RecoverySubject = { accountId: string | null; subjectKey: string; questionIds: number[] };

export interface RecoveryTokens {
  issue(subject: RecoverySubject): string;
  /** The subject and the token's id, or null for a token that is forged, altered or expired. */
  read(token: string): (RecoverySubject & { tokenId: string }) | null;
}

export function createRecoveryTokens(cipher: FieldCipher, clock: Clock): RecoveryTokens {
  const nowSeconds = () => Math.floor(clock.now().getTime() / 1000);
  return {
    issue({ accountId, subjectKey, questionIds }) {
      const claims: RecoveryClaims = {
        a: accountId ?? '',
        s: subjectKey,
        q: questionIds,
        e: nowSeconds() + RECOVERY_TOKEN_SECONDS,
        j: randomBytes(16).toString('base64url'),
      };
      const json = JSON.stringify(claims);
      if (json.length > PADDED_LENGTH) throw new Error('recovery claims too long to pad');
      return cipher.encrypt(json.padEnd(PADDED_LENGTH, ' ')).toString('base64url');
    },
    read(token) {
      if (!/^[A-Za-z0-9_-]+$/.test(token)) return null;
      let claims: RecoveryClaims;
      try {
        claims = RecoveryClaims.parse(JSON.parse(cipher.decrypt(Buffer.from(token, 'base64url'))));
      } catch {
        return null;
      }
      if (claims.e <= nowSeconds()) return null;
      return { accountId: claims.a || null, subjectKey: claims.s, questionIds: claims.q, tokenId: claims.j };
    },
  };
}
