// A run killed with SIGKILL leaves `postmaster.pid` behind, and often its postgres child still
// running (children outlive a killed parent). PostgreSQL itself ignores a lock file whose process is
// gone, but refuses when the PID has since been reused by another process — common in containers
// where PIDs are small and recycled. This clears both cases, and only those.
import { readFile, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export async function clearStalePostmaster(dataDir: string, log: (line: string) => void): Promise<void> {
  const pidFile = join(dataDir, 'postmaster.pid');
  const content = await readFile(pidFile, 'utf8').catch(() => null);
  if (content === null) return;
  const [pidLine = '', dirLine = ''] = content.split('\n');
  const pid = Number.parseInt(pidLine, 10);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) {
    log(`removing stale ${pidFile} (process ${pidLine} is gone)`);
    await rm(pidFile, { force: true });
    return;
  }
  const cmdline = await readProc(pid, 'cmdline');
  if (cmdline === null || !cmdline.includes('postgres') || resolve(dirLine) !== resolve(dataDir)) {
    log(`removing stale ${pidFile} (PID ${pid} now belongs to another program)`);
    await rm(pidFile, { force: true });
    return;
  }
  if (!(await isOrphan(pid))) {
    throw new Error(
      `PostgreSQL (PID ${pid}) is already running on ${dataDir} for another live process; stop that process first`,
    );
  }
  // Left over from a killed run and serving nobody: a fast shutdown (SIGINT) is safe and keeps the data.
  log(`stopping orphaned PostgreSQL (PID ${pid}) left by a killed run`);
  process.kill(pid, 'SIGINT');
  await waitForExit(pid);
  await rm(pidFile, { force: true });
}

/** The PID of the postmaster serving dataDir, or null when none is running. */
export async function runningPostmaster(dataDir: string): Promise<number | null> {
  const content = await readFile(join(dataDir, 'postmaster.pid'), 'utf8').catch(() => null);
  const pid = Number.parseInt(content?.split('\n')[0] ?? '', 10);
  return Number.isInteger(pid) && pid > 0 && isAlive(pid) ? pid : null;
}

export async function waitForExit(pid: number, timeoutMs = 30_000): Promise<void> {
  for (let waited = 0; isAlive(pid); waited += 100) {
    if (waited > timeoutMs)
      throw new Error(`PostgreSQL (PID ${pid}) did not stop within ${timeoutMs / 1000} s`);
    await sleep(100);
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return error instanceof Error && 'code' in error && error.code === 'EPERM';
  }
}

// Orphans are re-parented to PID 1 (or a subreaper); a postgres whose parent is still a Node
// process belongs to a live run.
async function isOrphan(pid: number): Promise<boolean> {
  const stat = await readProc(pid, 'stat');
  // Field 4 of /proc/<pid>/stat, after the parenthesised command name.
  const ppid = Number.parseInt(stat?.slice(stat.lastIndexOf(')') + 2).split(' ')[1] ?? '', 10);
  if (!Number.isInteger(ppid)) return false;
  if (ppid <= 1) return true;
  const parent = await readProc(ppid, 'cmdline');
  return parent === null || !/\bnode\b/.test(parent.replaceAll('\0', ' '));
}

async function readProc(pid: number, file: 'cmdline' | 'stat'): Promise<string | null> {
  return readFile(`/proc/${pid}/${file}`, 'utf8').catch(() => null);
}
