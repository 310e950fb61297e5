// As root, PostgreSQL runs as the `postgres` system user (it refuses root), and that user must be
// able to reach its binaries (in node_modules) and its data folder. A project cloned under a private
// folder (mktemp's 0700 temp folders, a 0700 home) blocks it and initdb fails with EACCES. No
// maintained package handles this, so: add the search bit (o+x, never read or write) to each
// ancestor that lacks it, and say so in the log. Nothing happens when not running as root.
import { chmod, stat } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { dirname, resolve } from 'node:path';

export async function ensureReachableByPostgresUser(
  paths: string[],
  log: (line: string) => void,
): Promise<void> {
  if (userInfo().uid !== 0) return;
  const ancestors = new Set<string>();
  for (const path of paths) {
    for (let current = dirname(resolve(path)); ; current = dirname(current)) {
      ancestors.add(current);
      if (dirname(current) === current) break;
    }
  }
  for (const folder of ancestors) {
    const info = await stat(folder).catch(() => null);
    if (!info?.isDirectory() || (info.mode & 0o001) !== 0) continue;
    await chmod(folder, (info.mode & 0o7777) | 0o001);
    log(`made ${folder} searchable (o+x) so the postgres system user can reach the embedded database`);
  }
}
