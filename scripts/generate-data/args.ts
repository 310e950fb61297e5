// Command line of `pnpm data:generate`, parsed with node:util (no CLI dependency). Every value is
// checked before anything touches the database.
import { parseArgs } from 'node:util';

export type GeneratorOptions = {
  accounts: number;
  databaseUrl: string | undefined;
  /** Delete an earlier synthetic data set first instead of refusing. */
  replace: boolean;
};

export const USAGE = `Usage: pnpm data:generate --accounts <n> [--database-url <postgres url>] [--replace]

  --accounts       number of registered accounts (people) to create, 10 … 5000000
  --database-url   target database (default: DATABASE_URL, else the embedded one in .data/pg)
  --replace        delete a previous synthetic data set (user000001 …) before generating`;

export function parseGeneratorArgs(
  argv: string[],
  env: Readonly<Record<string, string | undefined>>,
): GeneratorOptions {
  const { values } = parseArgs({
    // pnpm forwards a literal "--" in some versions; it means nothing here.
    args: argv.filter((arg) => arg !== '--'),
    options: {
      accounts: { type: 'string' },
      'database-url': { type: 'string' },
      replace: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (values.help) throw new UsageError('');
  const accounts = Number((values.accounts ?? '').replaceAll('_', ''));
  if (!Number.isSafeInteger(accounts) || accounts < 10 || accounts > 5_000_000) {
    throw new UsageError('--accounts must be a whole number from 10 to 5000000');
  }
  const databaseUrl = values['database-url'] ?? (env.DATABASE_URL || undefined);
  if (databaseUrl !== undefined && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new UsageError('--database-url must be a postgres:// or postgresql:// URL');
  }
  return { accounts, databaseUrl, replace: values.replace };
}

export class UsageError extends Error {
  override name = 'UsageError';
}
