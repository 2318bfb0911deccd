// The command line end to end: real files in, printed records out.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { describe, expect, it, vi } from 'vitest';
import { CSV_COLUMNS } from '../src/derive/csv';
import type { LetterRecord } from '../src/domain/letter';
import { runCli } from '../src/cli/run';
import { ReaderThreads } from '../src/cli/reader-threads';
import { givenFields } from './expected-fields';

const SEEDS = 'test/fixtures/seeds';
const seedNames = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();
const expected = (txt: string): Omit<LetterRecord, 'decisions'> & { decisions: object[] } =>
  JSON.parse(readFileSync(join(SEEDS, txt.replace(/\.txt$/, '.expected.json')), 'utf8'));

async function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => (stderr += t),
  });
  return { code, stdout, stderr };
}

describe('npm run parse -- <folder> --format json', () => {
  it('prints the five seed records, equal to their expected files', async () => {
    const { code, stdout, stderr } = await run(SEEDS, '--format', 'json');
    expect(code).toBe(0);
    const printed = JSON.parse(stdout) as LetterRecord[];
    // The folder's .expected.json files are not letters to read: only letter-like extensions are walked.
    expect(printed.map((r) => r.file)).toEqual(seedNames);
    for (const record of printed) {
      expect(givenFields(record, expected(record.file))).toEqual(expected(record.file));
      for (const d of record.decisions) expect(d.rationale.length).toBeGreaterThan(50);
    }
    expect(stderr).toMatch(/^5 letters \(\d+ decisions\), 0 files not read as letters\n$/);
  });

  it('names files that are not letters with a plain reason, next to the records', async () => {
    const { code, stdout } = await run(
      join(SEEDS, seedNames[0] ?? ''),
      'test/fixtures/quirks/image.png',
      'test/fixtures/quirks/encrypted.pdf',
      'test/fixtures/quirks/utf-8-bom.txt',
    );
    expect(code).toBe(0);
    const [letter, image, encrypted, prose, ...rest] = JSON.parse(stdout) as Record<string, unknown>[];
    expect(rest).toEqual([]);
    expect(letter).toMatchObject({ file: seedNames[0], layout: 'final-determination' });
    expect(image).toEqual({
      file: 'image.png',
      error: 'unsupported file type: a PNG image; add letters as PDF, text or .zip files',
    });
    expect(encrypted).toEqual({ file: 'encrypted.pdf', error: 'encrypted: open it and save without a password' });
    expect(Object.keys(prose ?? {})).toEqual(['file', 'error']);
    expect(prose?.file).toBe('utf-8-bom.txt');
    expect(String(prose?.error)).not.toBe('');
  });

  it('reads letters inside a .zip, naming them archive.zip/path', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'imr-cli-'));
    const files = Object.fromEntries(seedNames.slice(0, 2).map((n) => [n, new Uint8Array(readFileSync(join(SEEDS, n)))]));
    writeFileSync(join(dir, 'batch.zip'), zipSync({ nov: files }));
    const { stdout } = await run(join(dir, 'batch.zip'));
    const printed = JSON.parse(stdout) as LetterRecord[];
    expect(printed.map((r) => r.file)).toEqual(seedNames.slice(0, 2).map((n) => `batch.zip/nov/${n}`));
    // Same bytes, same id, wherever the letter came from.
    expect(printed.map((r) => r.letter_id)).toEqual(seedNames.slice(0, 2).map((n) => expected(n).letter_id));
  });
});

describe('other formats', () => {
  it('csv: the spec header, one row per decision, non-letters named on stderr', async () => {
    const { code, stdout, stderr } = await run(SEEDS, 'test/fixtures/quirks/image.png', '--format=csv');
    expect(code).toBe(0);
    const lines = stdout.split('\r\n');
    expect(lines[0]).toBe(`\uFEFF${CSV_COLUMNS.join(',')}`);
    expect(lines[0]).toMatch(/^\uFEFFfile,case_number,layout,decision_date,item_index,item,outcome,/);
    const decisions = seedNames.reduce((n, s) => n + expected(s).decisions.length, 0);
    const dataRows = lines.slice(1).filter((l) => /^\d{3}_[0-9a-f]{16}\.txt,/.test(l));
    expect(dataRows).toHaveLength(decisions);
    expect(stderr).toContain('skipped image.png: unsupported file type: a PNG image');
  });

  it('ndjson: one JSON value per line', async () => {
    const { stdout } = await run(SEEDS, 'test/fixtures/quirks/empty.txt', '--format', 'ndjson');
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(6);
    const values = lines.map((l) => JSON.parse(l) as { file: string });
    expect(values.map((v) => v.file)).toEqual([...seedNames, 'empty.txt']);
    expect(values[5]).toEqual({ file: 'empty.txt', error: 'empty file' });
  });

  it('--out writes the file and leaves stdout empty', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'imr-cli-')), 'records.json');
    const { code, stdout } = await run(SEEDS, '--out', out);
    expect(code).toBe(0);
    expect(stdout).toBe('');
    expect((JSON.parse(readFileSync(out, 'utf8')) as unknown[]).length).toBe(5);
  });

  it('--out waits for the disk as often as it must and leaves no listener behind', async () => {
    // The real letters (PDFs and their pdftotext renderings) printed as JSON fill the file stream's buffer many times over.
    const out = join(mkdtempSync(join(tmpdir(), 'imr-cli-')), 'records.json');
    const warnings: string[] = [];
    const onWarning = (w: Error) => warnings.push(w.message);
    process.on('warning', onWarning);
    try {
      const { code } = await run('test/fixtures/real', '--out', out);
      expect(code).toBe(0);
      // A warning is emitted on the next tick.
      await new Promise((resolve) => setImmediate(resolve));
    } finally {
      process.off('warning', onWarning);
    }
    expect(warnings).toEqual([]);
    const inputs = readdirSync('test/fixtures/real', { recursive: true }).filter((f) => /\.(pdf|txt)$/.test(String(f)));
    expect((JSON.parse(readFileSync(out, 'utf8')) as unknown[]).length).toBe(inputs.length);
  });
});

describe('usage errors exit 2 with the usage on stderr', () => {
  it.each([
    ['an unknown flag', [SEEDS, '--bogus'], 'error: unknown option --bogus'],
    ['a bad format', [SEEDS, '--format', 'xml'], 'error: unknown format "xml"'],
    ['no inputs', [], 'error: no input files or folders given'],
    ['a missing path', [SEEDS, 'no/such/dir'], 'error: no such file or folder: no/such/dir'],
  ])('%s', async (_label, argv, message) => {
    const { code, stdout, stderr } = await run(...argv);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.startsWith(message)).toBe(true);
    expect(stderr).toContain('usage: npm run parse --');
  });

  it('the real process exits 2 on a usage error and 0 on success', () => {
    const bad = spawnSync('npx', ['tsx', 'src/cli/main.ts', '--format', 'xml', SEEDS], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('usage: npm run parse --');
    const good = spawnSync('npx', ['tsx', 'src/cli/main.ts', join(SEEDS, seedNames[0] ?? '')], { encoding: 'utf8' });
    expect(good.status).toBe(0);
    expect((JSON.parse(good.stdout) as LetterRecord[])[0]?.letter_id).toBe(expected(seedNames[0] ?? '').letter_id);
  });
});

describe('--jobs: several reader threads', () => {
  // Real letters (PDF), the seeds (text), a .zip of some, and files that are not letters, in one folder.
  const dir = mkdtempSync(join(tmpdir(), 'imr-jobs-'));
  const real = readdirSync('test/fixtures/real').filter((f) => f.endsWith('.pdf')).slice(0, 5);
  for (const name of real) writeFileSync(join(dir, name), readFileSync(join('test/fixtures/real', name)));
  for (const name of seedNames) writeFileSync(join(dir, name), readFileSync(join(SEEDS, name)));
  writeFileSync(join(dir, 'bundle.zip'), zipSync({ a: new Uint8Array(readFileSync(join(SEEDS, seedNames[1] ?? ''))), 'b.txt': new Uint8Array() }));
  writeFileSync(join(dir, 'broken.pdf'), '%PDF-1.7\nnot really');
  writeFileSync(join(dir, 'empty.txt'), '');

  it.each(['ndjson', 'csv', 'json'])('print, as %s, exactly what one thread prints, in the same order', async (format) => {
    const one = await run(dir, '--format', format);
    const threaded = vi.spyOn(ReaderThreads.prototype, 'read');
    const two = await run(dir, '--format', format, '--jobs', '2');
    // Every file went through the threads (a run that ignored --jobs would print the same).
    expect(threaded).toHaveBeenCalledTimes(real.length + seedNames.length + 3);
    threaded.mockRestore();
    expect(two.code).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    expect(two.stderr).toBe(one.stderr);
    if (format === 'ndjson') {
      const values = one.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { file: string; error?: string });
      // Every file is there, letters and the ones that are not: 12 real + 5 seeds + 2 in the zip + 2 broken.
      expect(values).toHaveLength(real.length + seedNames.length + 2 + 2);
      expect(values.filter((v) => v.error !== undefined).map((v) => v.file).sort()).toEqual(['broken.pdf', 'bundle.zip/b.txt', 'empty.txt']);
    }
  });

  it('name the files that are not letters at the end, on stderr, and go on past them', async () => {
    const { stderr } = await run(dir, '--format', 'ndjson', '--jobs', '3');
    const lines = stderr.trimEnd().split('\n');
    expect(lines.slice(0, -1).map((l) => l.replace(/:.*/, ''))).toEqual(['skipped broken.pdf', 'skipped bundle.zip/b.txt', 'skipped empty.txt']);
    expect(lines.at(-1)).toMatch(new RegExp(`^${real.length + seedNames.length + 1} letters \\(\\d+ decisions\\), 3 files not read as letters$`));
  });
});
