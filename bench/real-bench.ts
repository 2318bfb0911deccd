// Real published letters at volume: the 64 real PDFs (encrypted, two to ten
// pages), each copied with a comment line appended after its end so every
// copy is a distinct file with its own letter id, to `count` files. Then, in
// one run: Poppler's pdftotext in two processes extracting their text, the
// command line reading them on two threads (--jobs 2), and the page ingesting
// them (browser-bench.ts benchIngest), each timed from start to the last file.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface RealSet {
  format: 'pdf';
  /** For the page: the copies packed as a letter set under the cache. */
  bin: string;
  index: string;
  /** For pdftotext and the command line: the same copies as files. */
  dir: string;
  files: number;
}

export async function realSet(cache: string, realDir: string, count: number): Promise<RealSet> {
  const stem = `real-n${count}`;
  const dir = join(cache, stem);
  const set: RealSet = { format: 'pdf', bin: `${stem}.bin`, index: `${stem}.json`, dir, files: count };
  if (existsSync(join(cache, set.index))) return set;
  const originals = (await readdir(realDir)).filter((f) => f.endsWith('.pdf')).sort();
  const bytes = await Promise.all(originals.map((f) => readFile(join(realDir, f))));
  await mkdir(dir, { recursive: true });
  const chunks: Buffer[] = [];
  const files: { name: string; offset: number; length: number }[] = [];
  let offset = 0;
  for (let i = 0; i < count; i++) {
    const k = i % originals.length;
    const name = `copy-${String(Math.floor(i / originals.length)).padStart(3, '0')}-${originals[k]}`;
    const copy = Buffer.concat([bytes[k] as Buffer, Buffer.from(`\n% copy ${i}\n`)]);
    await writeFile(join(dir, name), copy);
    chunks.push(copy);
    files.push({ name, offset, length: copy.length });
    offset += copy.length;
  }
  await writeFile(join(cache, set.bin), Buffer.concat(chunks));
  await writeFile(join(cache, set.index), JSON.stringify({ files }));
  return set;
}

export interface CommandTiming {
  wallMs: number;
  /** What the command said on standard error at the end (the command line's summary). */
  said: string;
}

function timedCommand(command: string, args: string[], cwd: string): CommandTiming {
  const t0 = performance.now();
  const run = spawnSync(command, args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const wallMs = performance.now() - t0;
  if (run.status !== 0) throw new Error(`${command} failed: ${run.stderr.slice(-500)}`);
  return { wallMs, said: run.stderr.trim().split('\n').at(-1) ?? '' };
}

/** pdftotext over every file, two processes at a time (xargs -P 2), text to /dev/null. */
export function pdftotextTwoProcesses(set: RealSet): CommandTiming {
  return timedCommand('bash', ['-c', `find "${set.dir}" -name '*.pdf' -print0 | xargs -0 -P 2 -I{} pdftotext {} /dev/null`], set.dir);
}

/** `npm run parse` over the folder with --jobs 2, NDJSON to /dev/null (tsx's start included, as a user runs it). */
export function commandLine(root: string, set: RealSet, jobs: number): CommandTiming {
  return timedCommand('npx', ['tsx', 'src/cli/main.ts', set.dir, '--format', 'ndjson', '--jobs', String(jobs), '--out', '/dev/null'], root);
}
