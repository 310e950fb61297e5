// Writes a benchmark's figures into docs/benchmarks.md under its own heading, replacing that
// section's previous figures and leaving every other section alone.
import { execSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';

const file = join(import.meta.dirname, '..', '..', 'docs', 'benchmarks.md');

export function machineLine(): string {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  const memory = `${Math.round(totalmem() / 2 ** 30)} GiB`;
  let load = '';
  try {
    load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  } catch {
    load = 'n/a';
  }
  let os = 'unknown OS';
  try {
    os = execSync('. /etc/os-release && echo "$PRETTY_NAME"', { encoding: 'utf8', shell: '/bin/sh' }).trim();
  } catch {
    // not Linux
  }
  return `Machine: ${cpus().length} × ${cpu}, ${memory}, ${os}, Node ${process.version}; load average ${load}; measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC.`;
}

/** Replaces (or appends) the section `## <heading>` with `body`. */
export function writeSection(heading: string, body: string): void {
  const current = readFileSync(file, 'utf8');
  const marker = `## ${heading}`;
  const section = `${marker}\n\n${body.trim()}\n`;
  const start = current.indexOf(marker);
  if (start === -1) {
    writeFileSync(file, `${current.trimEnd()}\n\n${section}`);
    return;
  }
  const next = current.indexOf('\n## ', start + marker.length);
  const end = next === -1 ? current.length : next + 1;
  writeFileSync(file, `${current.slice(0, start)}${section}${next === -1 ? '' : '\n'}${current.slice(end)}`);
}

export function table(headers: string[], rows: (string | number)[][]): string {
  const line = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
  return [line(headers), line(headers.map((_, i) => (i === 0 ? '---' : '---:'))), ...rows.map(line)].join(
    '\n',
  );
}
