// Small hashes that are not for passwords: refresh tokens are 256-bit random values, so a fast
// sha256 is enough to keep the database from holding a usable token.
import { createHash, randomBytes } from 'node:crypto';

export const sha256Hex = (value: string): string => createHash('sha256').update(value, 'utf8').digest('hex');

/** 32 random bytes, base64url: the refresh token a browser holds in its cookie. */
export const newRefreshToken = (): string => randomBytes(32).toString('base64url');
