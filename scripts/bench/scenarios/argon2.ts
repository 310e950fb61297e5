// The raw argon2id verify rate with the policy's parameters, on every core: the ceiling of any
// password-checking route.
import { availableParallelism } from 'node:os';
import { hashSecret, verifySecret } from '@cos/security';
import { machineLine, table, writeSection } from '../report.ts';

export async function measureVerifyRate(seconds = 10): Promise<number> {
  const hash = await hashSecret('benchmark meadow lantern 77');
  const workers = availableParallelism() * 2;
  const deadline = Date.now() + seconds * 1000;
  let count = 0;
  await Promise.all(
    Array.from({ length: workers }, async () => {
      while (Date.now() < deadline) {
        await verifySecret(hash, 'benchmark meadow lantern 77');
        count += 1;
      }
    }),
  );
  return count / seconds;
}

export async function argon2Scenario() {
  const rate = await measureVerifyRate();
  console.log(`argon2id verifies/s: ${rate.toFixed(1)}`);
  writeSection(
    'argon2id verify rate',
    `${machineLine()}\n\n${table(['what', 'verifies/s'], [['argon2id m=19456 KiB t=2 p=1, all cores', rate.toFixed(1)]])}`,
  );
}
