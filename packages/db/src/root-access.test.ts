import { mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ensureReachableByPostgresUser } from './root-access.ts';

describe('reaching the embedded database as root', () => {
  it('adds only the search bit to private ancestors, and only as root', async () => {
    const root = mkdtempSync(join(tmpdir(), 'cos-private-')); // mode 0700, like a fresh clone's temp folder
    const dataDir = join(root, 'app', '.data', 'pg');
    mkdirSync(dataDir, { recursive: true });
    const lines: string[] = [];
    await ensureReachableByPostgresUser([dataDir], (line) => lines.push(line));
    const mode = statSync(root).mode & 0o777;
    if (userInfo().uid === 0) {
      expect(mode).toBe(0o701);
      expect(lines.join('\n')).toContain(root);
    } else {
      expect(mode).toBe(0o700);
      expect(lines).toEqual([]);
    }
    rmSync(root, { recursive: true, force: true });
  });
});
