// 2. PDF text extraction alone: our pdf.js path (the Node build, one file
// after another, as one worker does) against Poppler's pdftotext on the same
// files, one process per file as it is used from a shell. Each side runs
// `rounds` times and keeps its best round, which is the one least disturbed
// by other work on the machine.
import { spawnSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { extractPdfText } from '../src/extract';
import { loadPdfjsNode } from '../src/extract/pdfjs-node';

export interface Timing {
  wallMs: number;
  cpuMs: number;
}

export interface PdfResult {
  files: number;
  pages: number;
  failed: number;
  rounds: number;
  pdfjs: Timing;
  pdftotext: Timing;
  pdftotextVersion: string;
  pagesPerSecondPdfjs: number;
  pagesPerSecondPdftotext: number;
  /** pdf.js time / pdftotext time (wall), lower is better. */
  ratioWall: number;
  ratioCpu: number;
}

function best(a: Timing | null, b: Timing): Timing {
  return a === null || b.wallMs < a.wallMs ? b : a;
}

async function pdfjsRound(files: readonly { bytes: Uint8Array }[]): Promise<Timing & { pages: number; failed: number }> {
  const pdfjs = await loadPdfjsNode();
  let pages = 0;
  let failed = 0;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  for (const f of files) {
    const result = await extractPdfText(f.bytes, pdfjs);
    if (result.ok) pages += result.pages;
    else failed++;
  }
  const wallMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  return { wallMs, cpuMs: (cpu.user + cpu.system) / 1000, pages, failed };
}

// bash's `times` prints the CPU time of the shell's children: every pdftotext.
const LOOP = 'for f in "$@"; do pdftotext "$f" /dev/null || exit 1; done; times';

function pdftotextRound(paths: readonly string[]): Timing {
  const t0 = performance.now();
  const run = spawnSync('bash', ['-c', LOOP, 'bench', ...paths], { encoding: 'utf8' });
  const wallMs = performance.now() - t0;
  if (run.status !== 0) throw new Error(`pdftotext failed: ${run.stderr}`);
  const children = run.stdout.trim().split('\n').at(-1) ?? '';
  const seconds = [...children.matchAll(/(\d+)m([\d.]+)s/g)].map((m) => Number(m[1]) * 60 + Number(m[2]));
  return { wallMs, cpuMs: seconds.reduce((a, b) => a + b, 0) * 1000 };
}

/** Poppler's version line, or null when pdftotext is not installed. */
export function pdftotextVersion(): string | null {
  const run = spawnSync('pdftotext', ['-v'], { encoding: 'utf8' });
  if (run.error !== undefined) return null;
  return (run.stderr || run.stdout).split('\n')[0]?.trim() ?? 'unknown';
}

export async function benchPdf(
  dir: string,
  files: readonly { name: string; bytes: Uint8Array }[],
  rounds: number,
): Promise<PdfResult> {
  await mkdir(dir, { recursive: true });
  const paths: string[] = [];
  for (const f of files) {
    const path = join(dir, f.name);
    await writeFile(path, f.bytes);
    paths.push(path);
  }
  // Warm both: pdf.js's first document loads its modules, pdftotext's first run the shared libraries.
  await pdfjsRound(files.slice(0, 3));
  pdftotextRound(paths.slice(0, 3));

  let pdfjs: Timing | null = null;
  let pdftotext: Timing | null = null;
  let pages = 0;
  let failed = 0;
  for (let r = 0; r < rounds; r++) {
    const round = await pdfjsRound(files);
    pages = round.pages;
    failed = round.failed;
    pdfjs = best(pdfjs, round);
    pdftotext = best(pdftotext, pdftotextRound(paths));
  }
  if (pdfjs === null || pdftotext === null) throw new Error('rounds must be at least 1');
  return {
    files: files.length,
    pages,
    failed,
    rounds,
    pdfjs,
    pdftotext,
    pdftotextVersion: pdftotextVersion() ?? 'unknown',
    pagesPerSecondPdfjs: pages / (pdfjs.wallMs / 1000),
    pagesPerSecondPdftotext: pages / (pdftotext.wallMs / 1000),
    ratioWall: pdfjs.wallMs / pdftotext.wallMs,
    ratioCpu: pdfjs.cpuMs / pdftotext.cpuMs,
  };
}
