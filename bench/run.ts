// npm run bench -- [--quick] [--record | --no-record] [--skip-build] [--only parser,reasons,pdf,real,ingest,ndjson,scale,texts,bundle] [--texts store,search,reread]
//                   [--scale 100000,330000] [--port N]
// Measures the parser, PDF extraction, ingest in Chromium, the app at 100,000
// and 330,000 decisions, the letters' kept texts (their storage, the
// whole-letter search, re-reading after an upgrade) and the initial
// JavaScript; prints the figures and appends them to BENCHMARKS.md (a full
// run does by default, a quick run with --record).
import { existsSync } from 'node:fs';
import { appendFile, readFile, writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { benchIngest, benchScale } from './browser-bench';
import { measureInitialJs } from './bundle-size';
import { firstOf, letterSet, readSetFiles, recordPool } from './corpus';
import { describeMachine } from './machine';
import { benchParser, realLetterTexts } from './parser-bench';
import { benchPdf } from './pdf-bench';
import { labelledRationales, scoreReasons } from '../test/reason-scores';
import { ndjsonSet } from './ndjson-bench';
import { commandLine, pdftotextTwoProcesses, realSet } from './real-bench';
import { benchReread, benchTextSearch, benchTextStore, textBytesPerLetter } from './text-bench';
import { BENCHMARKS_HEADER, renderRun, type RunResults } from './report';
import { buildApp, serveApp } from './server';

const ROOT = resolve(import.meta.dirname, '..');
const CACHE = join(ROOT, 'node_modules', '.cache', 'imr-bench');
const PARTS = ['parser', 'reasons', 'pdf', 'real', 'ingest', 'ndjson', 'scale', 'texts', 'bundle'] as const;
type Part = (typeof PARTS)[number];

const SIZES = {
  full: { parserLetters: 2000, parserMs: 5000, pdfFiles: 200, pdfRounds: 3, ingestPdf: 1000, ingestText: 10_000, ingestLimitMs: 6 * 60_000, scale: [100_000, 330_000], pool: 3000, texts: { store: 330_000, search: 100_000, reread: 10_000 }, ndjson: 100_000, real: 1024 },
  quick: { parserLetters: 500, parserMs: 1500, pdfFiles: 30, pdfRounds: 1, ingestPdf: 50, ingestText: 500, ingestLimitMs: 5 * 60_000, scale: [10_000], pool: 500, texts: { store: 10_000, search: 5_000, reread: 1_000 }, ndjson: 5_000, real: 64 },
};
// Seeds apart from the tests' so the corpora are the benchmark's own.
const TEXT_SEED = 9101;
const PDF_SEED = 9202;
const POOL_SEED = 9303;
// Two words of a diagnosis that the generated letters give in their case summaries only (about one letter in eight).
const SEARCH_TERMS = 'adhesive capsulitis';

function log(message: string): void {
  console.log(`[bench] ${message}`);
}

async function timed<T>(what: string, work: () => Promise<T>): Promise<T> {
  const t0 = performance.now();
  log(`${what}…`);
  const result = await work();
  log(`${what}: ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  return result;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      quick: { type: 'boolean', default: false },
      record: { type: 'boolean', default: false },
      'no-record': { type: 'boolean', default: false },
      'skip-build': { type: 'boolean', default: false },
      only: { type: 'string', default: PARTS.join(',') },
      scale: { type: 'string' },
      // Of the texts part, only these: store, search, reread (all by default).
      texts: { type: 'string', default: 'store,search,reread' },
      port: { type: 'string', default: process.env.BENCH_PORT ?? '4313' },
    },
  });
  const only = new Set(values.only.split(',').map((s) => s.trim()));
  const unknown = [...only].filter((p) => !(PARTS as readonly string[]).includes(p));
  if (unknown.length > 0) {
    console.error(`unknown part(s) ${unknown.join(', ')}; choose from ${PARTS.join(', ')}`);
    return 2;
  }
  const runs = (part: Part) => only.has(part);
  const sizes = { ...(values.quick ? SIZES.quick : SIZES.full) };
  if (values.scale !== undefined) sizes.scale = values.scale.split(',').map(Number);
  if (sizes.scale.some((n) => !Number.isInteger(n) || n <= 0)) {
    console.error('--scale takes whole numbers of decisions, e.g. --scale 100000,330000');
    return 2;
  }
  const record = values['no-record'] ? false : values.record || !values.quick;
  const port = Number(values.port);
  // One build per port, so runs on different ports do not overwrite each other's files.
  const DIST = join(CACHE, `dist-${port}`);
  const args = process.argv.slice(2);
  const command = `npm run bench${args.length > 0 ? ` -- ${args.join(' ')}` : ''}`;

  const started = performance.now();
  const results: RunResults = { date: new Date(), command, quick: values.quick, machine: describeMachine(), totalMs: 0 };
  log(`${results.machine.cores} cores, ${results.machine.cpu}; load ${results.machine.loadStart.toFixed(2)}`);

  // Both compare the app with Poppler's pdftotext, side by side in one run.
  if ((runs('pdf') || runs('real')) && results.machine.pdftotext === null) {
    throw new Error('the pdf and real benchmarks time pdftotext beside the app: install it (apt-get install -y poppler-utils) or leave them out with --only');
  }
  const needText = runs('parser') || runs('ingest');
  const needPdf = runs('pdf') || runs('ingest');
  const textSet = needText
    ? await timed('text letters', () => letterSet(CACHE, 'txt', TEXT_SEED, Math.max(sizes.parserLetters, sizes.ingestText)))
    : null;
  const pdfSet = needPdf
    ? await timed('PDF letters', () => letterSet(CACHE, 'pdf', PDF_SEED, Math.max(sizes.pdfFiles, sizes.ingestPdf)))
    : null;

  if (runs('parser') && textSet) {
    const files = (await readSetFiles(CACHE, textSet)).slice(0, sizes.parserLetters);
    const texts = files.map((f) => new TextDecoder().decode(f.bytes));
    results.parser = await timed('parser', async () => benchParser(texts, sizes.parserMs));
    log(`parser: ${Math.round(results.parser.perSecondWall)} letters/s`);
    const real = await timed('real letters text', () => realLetterTexts(join(ROOT, 'test/fixtures/real')));
    results.parserReal = await timed('parser on real letters', async () => benchParser(real, sizes.parserMs));
    log(`parser on real letters: ${Math.round(results.parserReal.perSecondWall)} letters/s`);
  }
  if (runs('reasons')) results.reasons = scoreReasons(labelledRationales());

  if (runs('pdf') && pdfSet) {
    const files = (await readSetFiles(CACHE, pdfSet)).slice(0, sizes.pdfFiles);
    results.pdf = await timed('PDF extraction', () => benchPdf(join(CACHE, `pdf-files-s${PDF_SEED}`), files, sizes.pdfRounds));
    log(`PDF: pdf.js ${Math.round(results.pdf.pagesPerSecondPdfjs)} pages/s, ratio ${results.pdf.ratioWall.toFixed(2)}`);
  }

  const browser = runs('ingest') || runs('real') || runs('ndjson') || runs('scale') || runs('texts');
  if (browser || runs('bundle')) {
    if (values['skip-build'] && existsSync(join(DIST, 'index.html'))) log('reusing the last build');
    else results.buildMs = await timed('production build', () => buildApp(ROOT, DIST));
  }
  if (runs('bundle')) results.bundle = await measureInitialJs(DIST);

  if (browser) {
    const server = await serveApp(ROOT, DIST, CACHE, port);
    const baseURL = `http://127.0.0.1:${port}`;
    try {
      if (runs('ingest') && pdfSet && textSet) {
        results.ingest = [];
        for (const [set, count] of [
          [pdfSet, sizes.ingestPdf],
          [textSet, sizes.ingestText],
        ] as const) {
          const subset = await firstOf(CACHE, set, count);
          const r = await timed(`ingest ${count} ${set.format}`, () => benchIngest(baseURL, subset, sizes.ingestLimitMs));
          const read = r.finished ? '' : ` (time limit: ${r.filesDone} of ${r.files} files read)`;
          log(`ingest ${set.format}: ${(r.wallMs / 1000).toFixed(1)} s${read}, longest task ${Math.round(r.window.longestTaskMs)} ms`);
          results.ingest.push(r);
        }
      }
      if (runs('real')) {
        const set = await timed(`${sizes.real} real PDFs`, () => realSet(CACHE, join(ROOT, 'test/fixtures/real'), sizes.real));
        const pdftotext = await timed('pdftotext, 2 processes', async () => pdftotextTwoProcesses(set));
        const cli = await timed('command line, --jobs 2', async () => commandLine(ROOT, set, 2));
        const page = await timed(`ingest ${sizes.real} real PDFs`, () => benchIngest(baseURL, set, sizes.ingestLimitMs));
        log(`real PDFs: pdftotext ×2 ${(pdftotext.wallMs / 1000).toFixed(1)} s, command line ${(cli.wallMs / 1000).toFixed(1)} s, page ${(page.wallMs / 1000).toFixed(1)} s`);
        results.real = { files: set.files, pdftotext, cli, page };
      }
      const pool = runs('scale') || runs('texts') || runs('ndjson') ? await timed('record pool', async () => recordPool(POOL_SEED, sizes.pool)) : null;
      if (runs('ndjson') && pool) {
        const set = await timed(`NDJSON of ${sizes.ndjson} letters`, () => ndjsonSet(CACHE, pool.records, sizes.ndjson));
        const r = await timed(`ingest ${sizes.ndjson} NDJSON records`, () => benchIngest(baseURL, set, sizes.ingestLimitMs));
        log(`ingest NDJSON: ${(r.wallMs / 1000).toFixed(1)} s, ${Math.round(r.lettersPerSecond)} letters/s, longest task ${Math.round(r.window.longestTaskMs)} ms`);
        (results.ingest ??= []).push(r);
      }
      if (runs('scale') && pool) {
        results.scale = [];
        for (const target of sizes.scale) {
          const r = await timed(`${target} decisions`, () => benchScale(baseURL, pool.records, target));
          log(`${target}: usable in ${(r.reload.usableMs / 1000).toFixed(1)} s`);
          results.scale.push(r);
        }
      }
      if (runs('texts') && pool) {
        const { records, texts } = pool;
        const sizesOf = sizes.texts;
        const textParts = new Set(values.texts.split(',').map((p) => p.trim()));
        const store = textParts.has('store')
          ? await timed(`${sizesOf.store} decisions with texts`, () => benchTextStore(baseURL, records, texts, sizesOf.store))
          : null;
        if (store) log(`with texts: usable in ${(store.reload.usableMs / 1000).toFixed(1)} s, ${Math.round(store.textBytes / store.letters)} bytes of text per letter`);
        const search = textParts.has('search')
          ? await timed(`search ${sizesOf.search} letters`, () => benchTextSearch(baseURL, records, texts, sizesOf.search, SEARCH_TERMS))
          : null;
        if (search) log(`whole-letter search: ${(search.searchMs / 1000).toFixed(1)} s, stops in ${search.stops.map((s) => Math.round(s.uiMs)).join(', ')} ms`);
        const reread = textParts.has('reread')
          ? await timed(`re-read ${sizesOf.reread} letters`, () => benchReread(baseURL, records, texts, sizesOf.reread))
          : null;
        if (reread) log(`re-read: ${(reread.doneMs / 1000).toFixed(1)} s`);
        const real = await timed('real letters text', () => realLetterTexts(join(ROOT, 'test/fixtures/real')));
        results.texts = { store, search, reread, realTextBytes: await textBytesPerLetter(real), generatedTextBytes: await textBytesPerLetter(texts) };
      }
    } finally {
      await server.close();
    }
  }

  results.totalMs = performance.now() - started;
  results.machine.loadEnd = loadavg()[0] ?? 0;
  const section = renderRun(results);
  console.log(`\n${section}`);
  await writeFile(join(CACHE, 'last-run.json'), JSON.stringify(results, null, 2));
  if (record) {
    const file = join(ROOT, 'BENCHMARKS.md');
    const current = existsSync(file) ? await readFile(file, 'utf8') : '';
    if (!current.includes('# Runs')) await writeFile(file, BENCHMARKS_HEADER);
    await appendFile(file, `\n${section}`);
    log('appended to BENCHMARKS.md');
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
