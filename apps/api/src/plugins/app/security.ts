// The security policy in force and the primitives built from the configured keys, available to
// routes as app.policy, app.passwords, app.ssnCipher and app.keyedHash. Built once per app.
import { createKeyedHasher, createSsnCipher, type KeyedHasher, type ResolvedSecrets, type SecurityPolicy, type SsnCipher } from '@cos/security';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { createPasswords, type Passwords, type VerifyPassword } from '../../lib/passwords.ts';

declare module 'fastify' {
  interface FastifyInstance {
    policy: SecurityPolicy;
    passwords: Passwords;
    ssnCipher: SsnCipher;
    keyedHash: KeyedHasher;
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
    app.decorate('passwords', await createPasswords({ policy, commonPasswords: options.commonPasswords, verify: options.verifyPassword }));
    app.decorate('ssnCipher', createSsnCipher({ encryptionKey: secrets.ssnEncryptionKey, hashKey: secrets.ssnHashKey }));
    // Counters of failed checks are keyed with the SSN lookup key's derivatives (one per purpose).
    app.decorate('keyedHash', createKeyedHasher(secrets.ssnHashKey));
  },
  { name: 'security' },
);
