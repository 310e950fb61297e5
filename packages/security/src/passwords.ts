// argon2id hashing for every secret a person types: passwords, temporary passwords, security answers.
// The parameters come from the policy so an operator can strengthen them; hashes made under older
// parameters still verify and `needsRehash` tells the caller to upgrade them after a good sign-in.
import { randomBytes } from 'node:crypto';
import argon2 from 'argon2';
import { securityPolicy, type SecurityPolicy } from './policy.ts';

type Argon2Policy = Pick<SecurityPolicy, 'argon2'>;

/**
 * An argon2id hash (default parameters) of a random string nobody knows. Sign-in verifies against it
 * when the User ID does not exist, so unknown and known IDs cost the same time (docs/product.md §3.3).
 */
export const DUMMY_HASH =
  '$argon2id$v=19$m=19456,p=1,t=2$WZu1eayNAyd5e2mj3cRM2Q$Lp4HuhAs8gZ7C5p5QjBrIUUSm315jje60iI0Wf9RHJs';

function hashOptions({ argon2: a }: Argon2Policy): argon2.HashOptions {
  return {
    type: argon2.argon2id,
    memoryCost: a.memoryKiB,
    timeCost: a.iterations,
    parallelism: a.parallelism,
  };
}

// argon2 runs on libuv's small thread pool (4 threads by default): hashes and verifies beyond that
// queue. The count of those started and not yet finished is what the metrics expose as the argon2
// queue length (apps/api lib/metrics.ts); a sign-in storm shows there before it shows as latency.
let inFlight = 0;

/** argon2 hashes and verifications started and not yet finished, in this process. */
export const argon2InFlight = (): number => inFlight;

async function counted<T>(work: () => Promise<T>): Promise<T> {
  inFlight += 1;
  try {
    return await work();
  } finally {
    inFlight -= 1;
  }
}

export function hashSecret(plain: string, policy: Argon2Policy = securityPolicy): Promise<string> {
  return counted(() => argon2.hash(plain, hashOptions(policy)));
}

/** False for a wrong secret and for a malformed stored hash: a broken row must never let anyone in. */
export async function verifySecret(hash: string, plain: string): Promise<boolean> {
  try {
    return await counted(() => argon2.verify(hash, plain));
  } catch {
    return false;
  }
}

/** True when the hash was made with other parameters than the policy's (e.g. after strengthening). */
export function needsRehash(hash: string, policy: Argon2Policy = securityPolicy): boolean {
  const { memoryKiB, iterations, parallelism } = policy.argon2;
  try {
    return argon2.needsRehash(hash, { memoryCost: memoryKiB, timeCost: iterations, parallelism });
  } catch {
    return true;
  }
}

const dummyHashes = new Map<string, Promise<string>>();

/**
 * The dummy hash matching the policy's parameters, so timing stays equal when an operator changes
 * them: the precomputed DUMMY_HASH for the defaults, otherwise one computed on first use and kept.
 */
export function dummyHashFor(policy: Argon2Policy = securityPolicy): Promise<string> {
  if (!needsRehash(DUMMY_HASH, policy)) return Promise.resolve(DUMMY_HASH);
  const key = JSON.stringify(policy.argon2);
  let pending = dummyHashes.get(key);
  if (!pending) {
    pending = hashSecret(randomBytes(32).toString('base64url'), policy);
    dummyHashes.set(key, pending);
  }
  return pending;
}
