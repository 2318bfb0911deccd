// What the figures were measured on.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem, type } from 'node:os';
import { chromiumVersion } from './browser-bench';
import { pdftotextVersion } from './pdf-bench';

export interface Machine {
  cores: number;
  cpu: string;
  ramGiB: number;
  os: string;
  node: string;
  chromium: string;
  /** Poppler's version line; null when pdftotext is not installed. */
  pdftotext: string | null;
  loadStart: number;
  loadEnd: number;
  /** The commit measured, and whether the app's sources had uncommitted changes (the build takes the working tree). */
  commit: string;
  dirty: boolean;
}

function git(args: string[]): string {
  const run = spawnSync('git', args, { encoding: 'utf8' });
  return run.status === 0 ? run.stdout.trim() : '';
}

function cpuModel(): string {
  try {
    const info = readFileSync('/proc/cpuinfo', 'utf8');
    const model = /^model name\s*:\s*(.+)$/m.exec(info)?.[1];
    if (model) return model.trim();
  } catch {
    // not Linux: fall through to what Node reports
  }
  return cpus()[0]?.model ?? 'unknown CPU';
}

export function describeMachine(): Machine {
  return {
    cores: cpus().length,
    cpu: cpuModel(),
    ramGiB: totalmem() / 1024 ** 3,
    os: `${type()} ${release()}`,
    node: process.version,
    chromium: chromiumVersion(),
    pdftotext: pdftotextVersion(),
    loadStart: loadavg()[0] ?? 0,
    loadEnd: 0,
    commit: git(['rev-parse', '--short', 'HEAD']) || 'unknown',
    dirty: git(['status', '--porcelain', '--', 'src', 'index.html', 'vite.config.ts']) !== '',
  };
}
