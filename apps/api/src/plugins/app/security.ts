// The security policy in force and the primitives built from the configured keys, available to
// routes as app.policy, app.passwords, app.ssnCipher, app.keyedHash and app.tokenCipher. Built once
// per app.
import { hkdfSync } from 'node:crypto';
import {
  createFieldCipher,
  createKeyedHasher,
  createSsnCipher,
  type FieldCipher,
  type KeyedHasher,
  type ResolvedSecrets,
  type SecurityPolicy,
  type SsnCipher,
} from '@cos/security';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { createPasswords, type Passwords, type VerifyPassword } from '../../identity/passwords.ts';

declare module 'fastify' {
  interface FastifyInstance {
    policy: SecurityPolicy;
    passwords: Passwords;
    ssnCipher: SsnCipher;
    keyedHash: KeyedHasher;
    /** Seals server-issued opaque tokens (recovery): the client can neither read nor alter them. */
    tokenCipher: FieldCipher;
    /** Seals parents' authenticator-app secrets (customer_accounts.totp_secret_ciphertext). */
    factorCipher: FieldCipher;
  }
}

export interface SecurityOptions {
  secrets: ResolvedSecrets;
  policy: SecurityPolicy;
  commonPasswords: ReadonlySet<string>;
  verifyPassword?: VerifyPassword | undefined;
}

export const security = fp(
  async (app: FastifyInstance, options: SecurityOptions) => {
    const { secrets, policy } = options;
    app.decorate('policy', policy);
    app.decorate(
      'passwords',
      await createPasswords({
        policy,
        commonPasswords: options.commonPasswords,
        verify: options.verifyPassword,
      }),
    );
    app.decorate(
      'ssnCipher',
      createSsnCipher({ encryptionKey: secrets.ssnEncryptionKey, hashKey: secrets.ssnHashKey }),
    );
    // Counters of failed checks are keyed with the SSN lookup key's derivatives (one per purpose).
    app.decorate('keyedHash', createKeyedHasher(secrets.ssnHashKey));
    // Its own key, derived from the field key, so a token can never be decrypted as a bank field.
    const tokenKey = Buffer.from(
      hkdfSync('sha256', secrets.fieldEncryptionKey, Buffer.alloc(0), 'cos opaque tokens', 32),
    );
    app.decorate('tokenCipher', createFieldCipher(tokenKey));
    // The field key, as the console's staff TOTP secrets (the seed writes the demo secret with it).
    app.decorate('factorCipher', createFieldCipher(secrets.fieldEncryptionKey));
  },
  { name: 'security' },
);
