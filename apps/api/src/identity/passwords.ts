// What services need to judge and check passwords, bound to the policy in force. Verification is a
// function value so tests can wrap it (e.g. to count argon2 verifications under concurrency).
import type { PasswordRules } from '@cos/contracts';
import { dummyHashFor, hashSecret, needsRehash, verifySecret, type SecurityPolicy } from '@cos/security';
import { createArgon2Gate } from './argon2-gate.ts';

export type VerifyPassword = (hash: string, plain: string) => Promise<boolean>;

export interface Passwords {
  rules: PasswordRules;
  hash(plain: string): Promise<string>;
  verify: VerifyPassword;
  /** The same argon2 work as a real verify, against a hash nobody knows the secret of. */
  verifyDummy(plain: string): Promise<void>;
  needsRehash(hash: string): boolean;
}

export async function createPasswords(options: {
  policy: SecurityPolicy;
  commonPasswords: ReadonlySet<string>;
  verify?: VerifyPassword | undefined;
}): Promise<Passwords> {
  const { policy, commonPasswords } = options;
  const gate = createArgon2Gate(policy.argon2Queue);
  const unbounded = options.verify ?? verifySecret;
  // Every argon2 operation passes the bounded queue (argon2-gate.ts): a full one answers 503.
  const verify: VerifyPassword = (hash, plain) => gate(() => unbounded(hash, plain));
  const dummyHash = await dummyHashFor(policy);
  return {
    rules: {
      minLength: policy.password.minLength,
      maxLength: policy.password.maxLength,
      agencyWords: policy.agencyWords,
      isCommon: (password) => commonPasswords.has(password),
    },
    hash: (plain) => gate(() => hashSecret(plain, policy)),
    verify,
    verifyDummy: async (plain) => {
      await verify(dummyHash, plain);
    },
    needsRehash: (hash) => needsRehash(hash, policy),
  };
}
