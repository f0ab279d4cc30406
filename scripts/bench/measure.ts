import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface Measured {
  seconds: number;
  peakRssMB: number;
  output: string;
}

const TIME = '/usr/bin/time';

/**
 * Runs a command to its end and measures wall time and peak resident memory: through GNU time's
 * "Maximum resident set size" when it is installed, else by polling VmHWM of the child's process tree.
 */
export function measure(command: string, args: readonly string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<Measured> {
  const viaTime = existsSync(TIME);
  const [file, argv] = viaTime ? [TIME, ['-v', command, ...args]] : [command, [...args]];
  const started = performance.now();
  const child = spawn(file, argv, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  let polledKB = 0;
  const poll = viaTime ? undefined : setInterval(() => (polledKB = Math.max(polledKB, treeHighWaterKB(child.pid!))), 100);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(poll);
      const seconds = (performance.now() - started) / 1000;
      if (code !== 0) return reject(new Error(`${command} ${args.join(' ')} exited ${code}\n${output.slice(-4000)}`));
      const timeKB = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(output)?.[1] ?? 0);
      resolve({ seconds, peakRssMB: Math.round((viaTime ? timeKB : polledKB) / 1024), output });
    });
  });
}

/** The largest VmHWM among a process and its descendants, in kB (0 once they are gone). */
function treeHighWaterKB(root: number): number {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = readOrEmpty(join('/proc', entry, 'stat'));
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
  }
  let peak = 0;
  for (const queue = [root]; queue.length > 0; ) {
    const pid = queue.pop()!;
    peak = Math.max(peak, Number(/VmHWM:\s+(\d+)/.exec(readOrEmpty(`/proc/${pid}/status`))?.[1] ?? 0));
    queue.push(...(children.get(pid) ?? []));
  }
  return peak;
}

function readOrEmpty(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

/** Number of HTML pages and total bytes of a built site. */
export function siteSize(dir: string): { pages: number; bytes: number } {
  let pages = 0;
  let bytes = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
    if (entry.name.endsWith('.html')) pages++;
  }
  return { pages, bytes };
}
