// `pnpm data:generate --accounts 100000 [--database-url …] [--replace]`: a large synthetic data set
// for benchmarks (docs/product.md §7). N people, each with a registered account user000001 …, about 0.6 N
// cases with both parents, 24 monthly charges and 24 payments per case, written with COPY on
// parallel connections (see generate-data/load.ts). Deterministic: the same N gives the same rows
// (dates follow today's date).
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEMO_ANSWERS } from '@cos/db';
import { hashAnswer, hashSecret } from '@cos/security';
import { USAGE, UsageError, parseGeneratorArgs } from './generate-data/args.ts';
import { SYNTHETIC_PASSWORD, caseCountFor } from './generate-data/context.ts';
import { userIdOf } from './generate-data/ids.ts';
import { loadSyntheticData } from './generate-data/load.ts';
import { ExistingDataError } from './generate-data/previous.ts';
import { printReport } from './generate-data/report.ts';
import { openTarget } from './generate-data/target.ts';

const log = (line: string): void => console.log(line);
const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');

async function main(): Promise<void> {
  const options = parseGeneratorArgs(process.argv.slice(2), process.env);
  const target = await openTarget({ databaseUrl: options.databaseUrl, repoRoot, env: process.env, log });
  try {
    log(`Demo data: ${target.demoData}; ${target.offices.length} offices`);
    // argon2 once for the password and once per answer, not once per row.
    const [passwordHash, ...answerHashes] = await Promise.all([
      hashSecret(SYNTHETIC_PASSWORD),
      ...DEMO_ANSWERS.map((a) => hashAnswer(a)),
    ]);
    if (!passwordHash) throw new Error('argon2 returned no hash');
    const context = {
      accounts: options.accounts,
      cases: caseCountFor(options.accounts),
      now: new Date(),
      passwordHash,
      answerHashes,
      ssnCipher: target.ssnCipher,
      offices: target.offices,
    };
    log(
      `Generating ${context.accounts.toLocaleString('en-US')} accounts and ${context.cases.toLocaleString('en-US')} cases …`,
    );
    const result = await loadSyntheticData(target.url, context, { replace: options.replace, log });
    printReport(result.timings, result, log);
    log('');
    log(
      `Sign in as ${userIdOf(0)} … ${userIdOf(context.accounts - 1)} with password "${SYNTHETIC_PASSWORD}"`,
    );
    log(`Security answers to questions 1–3: ${DEMO_ANSWERS.join(', ')}`);
  } finally {
    await target.stop();
  }
}

main().catch((error: unknown) => {
  if (error instanceof UsageError || error instanceof ExistingDataError) {
    console.error(error.message ? `${error.message}\n` : '');
    if (error instanceof UsageError) console.error(USAGE);
  } else {
    console.error(error);
  }
  process.exitCode = 1;
});
