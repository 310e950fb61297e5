import { describe, expect, it } from 'vitest';
import {
  argon2InFlight,
  DUMMY_HASH,
  dummyHashFor,
  hashSecret,
  needsRehash,
  verifySecret,
} from './passwords.ts';
import { parseSecurityPolicy, securityPolicy } from './policy.ts';

describe('password hashing', () => {
  it('round-trips with argon2id at the policy parameters', async () => {
    const hash = await hashSecret('sunny meadow lantern 42');
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,p=1,t=2\$/);
    expect(await verifySecret(hash, 'sunny meadow lantern 42')).toBe(true);
    expect(await verifySecret(hash, 'sunny meadow lantern 43')).toBe(false);
  });

  it('salts every hash', async () => {
    expect(await hashSecret('same secret')).not.toBe(await hashSecret('same secret'));
  });

  it('treats a malformed stored hash as a failed verification', async () => {
    expect(await verifySecret('not-a-hash', 'anything')).toBe(false);
  });

  it('has a dummy hash at the default parameters that matches nothing guessable', async () => {
    expect(needsRehash(DUMMY_HASH)).toBe(false);
    expect(await verifySecret(DUMMY_HASH, '')).toBe(false);
    expect(await verifySecret(DUMMY_HASH, 'password')).toBe(false);
    expect(await dummyHashFor(securityPolicy)).toBe(DUMMY_HASH);
  });

  it('asks for a rehash after the policy is strengthened', async () => {
    const stronger = parseSecurityPolicy({ argon2: { memoryKiB: 24_576 } });
    const hash = await hashSecret('a secret of some length');
    expect(needsRehash(hash)).toBe(false);
    expect(needsRehash(hash, stronger)).toBe(true);
    expect(needsRehash('garbage')).toBe(true);
  });

  it('computes a dummy hash for non-default parameters once', async () => {
    const stronger = parseSecurityPolicy({ argon2: { iterations: 3 } });
    const first = await dummyHashFor(stronger);
    expect(first).toMatch(/t=3/);
    expect(await dummyHashFor(stronger)).toBe(first);
  });
});

describe('argon2 queue length', () => {
  it('counts hashes and verifications while they run, and none once they finish', async () => {
    expect(argon2InFlight()).toBe(0);
    const hash = await hashSecret('a long enough secret');
    const pending = [
      verifySecret(hash, 'a long enough secret'),
      verifySecret(hash, 'wrong'),
      hashSecret('another one'),
    ];
    expect(argon2InFlight()).toBe(3);
    await Promise.all(pending);
    expect(argon2InFlight()).toBe(0);
  });

  it('stops counting a verification that failed on a malformed hash', async () => {
    await verifySecret('not a hash', 'anything');
    expect(argon2InFlight()).toBe(0);
  });
});
