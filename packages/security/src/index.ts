// @cos/security: the security policy and the primitives every service shares (hashing, field
// encryption, SSN handling, secrets). No framework or database code here, so it is unit-tested alone.
export {
  SECURITY_POLICY_DEFAULTS,
  parseSecurityPolicy,
  securityPolicy,
  type SecurityPolicy,
  type SecurityPolicyOverrides,
} from './policy.ts';
export {
  AGENCY_WORDS_ENV,
  PolicyEnvError,
  SECURITY_POLICY_ENV,
  policyOverridesFromEnv,
} from './policy-env.ts';
export {
  argon2InFlight,
  DUMMY_HASH,
  dummyHashFor,
  hashSecret,
  needsRehash,
  verifySecret,
} from './passwords.ts';
export { hashAnswer, normaliseAnswer, verifyAnswer } from './answers.ts';
export { DecryptionError, createFieldCipher, type FieldCipher } from './field-cipher.ts';
export { createKeyedHasher, type KeyedHasher } from './keyed-hash.ts';
export {
  InvalidSsnError,
  createSsnCipher,
  isValidSsn,
  maskSsn,
  normaliseSsn,
  type SsnCipher,
} from './ssn.ts';
export {
  SECRETS_FILE_NAME,
  SECRET_ENV_NAMES,
  SECRET_NAMES,
  SecretsError,
  decodeSecret,
  resolveSecrets,
  type ResolveSecretsOptions,
  type ResolvedSecrets,
  type SecretName,
} from './secrets.ts';
