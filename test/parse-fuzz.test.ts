// Property-based test of parseLetter: damaged letters and random text never
// make it throw or stall, and whatever it returns has the contract's shape.
// The same holds one layer down, for damaged bytes (bits flipped, files cut
// short, junk spliced in) of text and PDF letters through the whole pipeline.
// Fixed seeds make every run the same; a failure prints the seed, the path
// and the shrunk counterexample (mutations are plain data, see mutations.ts).
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import type { ParseResult, FileOutcome } from '../src/domain/letter';
import { parseLetter } from '../src/parse/index';
import { processFile } from '../src/worker/pipeline';
import { generateCorpus } from './fixtures/generator/corpus';
import { encodeUtf16leWithBom, encodeWindows1252 } from './fixtures/hostile/encodings';
import { letterLines, letterWithCp1252Phrase, letterWithUtf16Phrase, seedLetter, seedLetters } from './fixtures/hostile/letters';
import {
  applyByteMutations,
  applyMutations,
  byteMutationArb,
  LETTER_TOKENS,
  mutationArb,
  tokenSoupArb,
} from './fixtures/hostile/mutations';
import { renderTextPdf } from './fixtures/hostile/pdf';
import { ERROR_CODES, recordProblems, resultProblems } from './fixtures/hostile/record-shape';
import { cpuTimed } from './support/cpu-time';

const FILE = 'fuzz/letter.txt';
const LETTER_ID = '0123456789abcdef';
/** CPU time for one call on a letter-sized text: a parse takes a fraction of a millisecond, a rescan far longer. */
const PER_CALL_CPU_MS = 1000;
/** One call on a text of about a megabyte. */
const PER_CALL_LARGE_CPU_MS = 3000;

const BASES: readonly { name: string; text: string }[] = [
  ...seedLetters(),
  ...generateCorpus({ seed: 42, count: 24 }).map((l) => ({ name: l.name, text: l.text })),
];

const tally = { ok: 0, error: 0, slowestCpuMs: 0, layouts: new Set<string>(), codes: new Set<string>() };

/** Parses, timing the call, and fails with the reason when the result breaks the contract. */
function parseAndCheck(text: string, limitCpuMs = PER_CALL_CPU_MS): ParseResult {
  const { value: result, cpuMs } = cpuTimed(() => parseLetter(text, { file: FILE, letterId: LETTER_ID }));
  tally.slowestCpuMs = Math.max(tally.slowestCpuMs, cpuMs);
  if (cpuMs > limitCpuMs) throw new Error(`parseLetter took ${cpuMs.toFixed(0)} ms of CPU on ${text.length} characters`);
  const problems = resultProblems(result, { file: FILE, letterId: LETTER_ID });
  if (problems.length > 0) throw new Error(`malformed result: ${problems.join('; ')}`);
  if (result.ok) {
    tally.ok++;
    tally.layouts.add(result.record.layout);
  } else {
    tally.error++;
    tally.codes.add(result.error.code);
  }
  return result;
}

describe('parseLetter under fuzzing', () => {
  afterAll(() => {
    console.log(
      `parse fuzz: ${tally.ok} records, ${tally.error} errors (${[...tally.codes].join(', ')}), ` +
        `layouts seen ${[...tally.layouts].join(', ')}, slowest call ${tally.slowestCpuMs.toFixed(1)} ms of CPU`,
    );
  });

  // Without this the properties below could pass on a parser that rejects everything.
  it.each(BASES.map((b) => [b.name, b.text] as const))('undamaged %s parses to a record', (_name, text) => {
    expect(parseAndCheck(text).ok).toBe(true);
  });

  it('damaged letters (lines dropped, swapped, shuffled, cut, spliced, repeated) never break it', () => {
    const before = { ...tally };
    fc.assert(
      fc.property(
        fc.constantFrom(...BASES),
        fc.array(mutationArb, { minLength: 1, maxLength: 4 }),
        (base, mutations) => {
          parseAndCheck(applyMutations(base.text, mutations));
        },
      ),
      { seed: 42, numRuns: 2000 },
    );
    // Both branches must have been exercised, or the property says little.
    expect(tally.ok - before.ok).toBeGreaterThan(100);
    expect(tally.error - before.error).toBeGreaterThan(100);
  });

  it('random text of every kind gives a result, not an exception', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 3000 }),
          fc.string({ unit: 'grapheme', maxLength: 3000 }),
          fc.string({ unit: 'binary-ascii', maxLength: 3000 }),
          fc.lorem({ maxCount: 400, mode: 'sentences' }),
          tokenSoupArb,
          fc.array(fc.oneof(tokenSoupArb, fc.lorem({ maxCount: 20 })), { maxLength: 30 }).map((xs) => xs.join('\n')),
        ),
        (text) => {
          parseAndCheck(text);
        },
      ),
      { seed: 42, numRuns: 1500 },
    );
  });

  // The extractor lets a text file of up to 50 MB through to the parser; a
  // megabyte of one repeated fragment is where a backtracking pattern shows.
  it('megabyte inputs built from one repeated fragment finish in bounded CPU time', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...BASES),
        fc.constantFrom(...LETTER_TOKENS, 'a', 'x ', ': ', '1) ', 'Qty: 30.00: Upheld '),
        fc.integer({ min: 200_000, max: 1_000_000 }),
        fc.boolean(),
        (base, fragment, size, inside) => {
          const run = fragment.repeat(Math.ceil(size / fragment.length));
          const mid = Math.floor(base.text.length / 2);
          const text = inside ? base.text.slice(0, mid) + run + base.text.slice(mid) : run;
          parseAndCheck(text, PER_CALL_LARGE_CPU_MS);
        },
      ),
      { seed: 42, numRuns: 40 },
    );
  });
});

// When the first page of a damaged PDF fails to load, pdf.js (5.6) answers
// getDocument()/getTextContent() with a rejection we catch, and also leaves one
// of its own internal promises rejected with nobody listening. The outcome is
// still right ("damaged or truncated"); in the browser such a rejection stays
// inside the worker as a console message. These are let through; anything
// else unhandled still fails the run.
const PDFJS_PARSE_ERRORS = new Set(['FormatError', 'XRefEntryException', 'XRefParseException', 'InvalidPDFException']);

function tolerateStrayPdfjsRejections(): { restore: () => void } {
  const originals = process.listeners('unhandledRejection');
  const filter: NodeJS.UnhandledRejectionListener = (reason, promise) => {
    const name = typeof reason === 'object' && reason !== null && 'name' in reason ? String(reason.name) : '';
    if (PDFJS_PARSE_ERRORS.has(name)) return;
    for (const listener of originals) listener(reason, promise);
  };
  process.removeAllListeners('unhandledRejection');
  process.on('unhandledRejection', filter);
  return {
    restore: () => {
      process.off('unhandledRejection', filter);
      for (const listener of originals) process.on('unhandledRejection', listener);
    },
  };
}

// The file the pipeline is on: a file it never answers shows up as the test's
// own time-out, and this names it.
let current = '';

/** Runs the pipeline on one file, failing if it throws or answers outside the contract. */
async function processAndCheck(bytes: Uint8Array, name: string): Promise<FileOutcome[]> {
  current = `${name} (${bytes.length} bytes)`;
  const outcomes = await processFile(bytes, name);
  if (outcomes.length !== 1) throw new Error(`expected one outcome for ${name}, got ${outcomes.length}`);
  for (const outcome of outcomes) {
    if (outcome.file !== name) throw new Error(`outcome names ${outcome.file}, not ${name}`);
    if (outcome.ok) {
      const problems = recordProblems(outcome.record, { file: name, letterId: outcome.record.letter_id });
      if (problems.length > 0) throw new Error(`malformed record: ${problems.join('; ')}`);
    } else if (!ERROR_CODES.includes(outcome.error.code) || outcome.error.message.trim() === '') {
      throw new Error(`malformed error: ${JSON.stringify(outcome.error)}`);
    }
  }
  return outcomes;
}

describe('the bytes -> record pipeline on damaged files', () => {
  // pdf.js's stray rejections are let through for as long as these tests run.
  let stray: { restore: () => void } | null = null;
  beforeAll(() => {
    stray = tolerateStrayPdfjsRejections();
  });
  afterAll(() => stray?.restore());
  const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
  const TEXT_FILES: readonly Uint8Array[] = [
    ...seedLetters().map((s) => utf8(s.text)),
    encodeWindows1252(letterWithCp1252Phrase().text),
    encodeUtf16leWithBom(letterWithUtf16Phrase().text),
  ];

  it('text letters in UTF-8, Windows-1252 and UTF-16 with bytes flipped, cut or spliced give one honest outcome', async () => {
    const seen = { ok: 0, error: 0 };
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...TEXT_FILES),
        fc.array(byteMutationArb, { minLength: 1, maxLength: 3 }),
        async (bytes, mutations) => {
          const [outcome] = await processAndCheck(applyByteMutations(bytes, mutations), 'letter.txt');
          seen[outcome?.ok ? 'ok' : 'error']++;
        },
      ),
      { seed: 42, numRuns: 1000 },
    );
    expect(seen.ok).toBeGreaterThan(50);
    expect(seen.error).toBeGreaterThan(50);
  });

  // pdf.js is the part most likely to loop on a damaged file; the pool's
  // per-file time limit is the backstop, this is the evidence it is rarely needed.
  it('letter PDFs with bytes flipped, cut or spliced give one honest outcome each', async () => {
    onTestFailed(() => console.error(`the pipeline was on ${current}`));
    const pdfs = await Promise.all(['001_', '002_', '004_'].map((p) => renderTextPdf(letterLines(seedLetter(p).text))));
    const seen = { ok: 0, error: 0 };
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...pdfs),
        fc.array(byteMutationArb, { minLength: 1, maxLength: 3 }),
        async (bytes, mutations) => {
          const [outcome] = await processAndCheck(applyByteMutations(bytes, mutations), 'letter.pdf');
          seen[outcome?.ok ? 'ok' : 'error']++;
        },
      ),
      { seed: 42, numRuns: 200 },
    );
    expect(seen.ok).toBeGreaterThan(10);
    expect(seen.error).toBeGreaterThan(10);
  }, 300_000);
});
