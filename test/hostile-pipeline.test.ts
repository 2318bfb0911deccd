// Every hostile input through the same bytes -> records pipeline the browser
// worker and the command line run. A file that is not a letter must come back
// as one outcome naming the file, with a code for programs and a message a
// user can act on; a good letter in an awkward form must come back parsed.
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { LetterErrorCode, LetterRecord, FileOutcome } from '../src/domain/letter';
import { processFile } from '../src/worker/pipeline';
import {
  CP1252_PHRASE,
  FORMULA_PAYLOAD,
  HTML_PAYLOAD,
  SEEDS_DIR,
  seedLetter,
  UTF16_PHRASE,
} from './fixtures/hostile/letters';
import {
  hugeText,
  letterPdf,
  makeHostile,
  NESTED_SEEDS,
  PDF_SOURCE_SEED,
  type HostileName,
} from './fixtures/hostile/make-hostile';
import { recordProblems } from './fixtures/hostile/record-shape';

// What the pipeline did, not how long it took: the bytes fflate inflated and
// the files decoded as text, counted by wrapping the real functions.
const work = vi.hoisted(() => ({ inflatedBytes: 0, textsDecoded: 0 }));
vi.mock('fflate', async (importOriginal) => {
  const fflate = await importOriginal<typeof import('fflate')>();
  return {
    ...fflate,
    unzipSync: (...args: Parameters<typeof fflate.unzipSync>) => {
      const files = fflate.unzipSync(...args);
      for (const file of Object.values(files)) work.inflatedBytes += file.length;
      return files;
    },
  };
});
vi.mock('../src/extract/decode-text', async (importOriginal) => {
  const original = await importOriginal<typeof import('../src/extract/decode-text')>();
  return {
    ...original,
    decodeText: (...args: Parameters<typeof original.decodeText>) => {
      work.textsDecoded++;
      return original.decodeText(...args);
    },
  };
});
beforeEach(() => {
  work.inflatedBytes = 0;
  work.textsDecoded = 0;
});

const seedExpected = (prefix: string): LetterRecord => {
  const { name } = seedLetter(prefix);
  return JSON.parse(readFileSync(`${SEEDS_DIR}${name.replace(/\.txt$/, '.expected.json')}`, 'utf8')) as LetterRecord;
};
const itemsAndOutcomes = (r: LetterRecord): [string, string][] => r.decisions.map((d) => [d.item, d.outcome]);

async function run(name: HostileName): Promise<{ outcomes: FileOutcome[] }> {
  return { outcomes: await processFile(await makeHostile(name), name) };
}

function onlyRecord(outcomes: FileOutcome[], file: string): LetterRecord {
  expect(outcomes.map((o) => o.file)).toEqual([file]);
  const [outcome] = outcomes;
  if (!outcome?.ok) throw new Error(`expected a record for ${file}, got ${JSON.stringify(outcome?.ok === false ? outcome.error : outcome)}`);
  expect(outcome.record.file).toBe(file);
  return outcome.record;
}

/** Words a user reads: no stack traces, no exception class names, no "undefined", and short. */
function expectPlainMessage(message: string): void {
  expect(message.trim().length).toBeGreaterThan(5);
  expect(message.length).toBeLessThan(200);
  expect(message).not.toMatch(/Exception|TypeError|RangeError|undefined|\[object|NaN|\n\s+at /);
}

describe('hostile inputs through processFile', () => {
  const refusals: [HostileName, LetterErrorCode, RegExp][] = [
    ['random-bytes.pdf', 'corrupt', /damaged|truncated/],
    ['random-after-header.pdf', 'corrupt', /damaged|truncated/],
    ['truncated.pdf', 'corrupt', /damaged|truncated/],
    ['encrypted.pdf', 'encrypted', /open it and save without a password/],
    ['scanned.pdf', 'no-text-layer', /this looks like a scan/],
    ['empty.txt', 'empty', /empty/],
    ['empty.pdf', 'empty', /empty/],
    ['photo.png', 'unsupported-type', /PNG image.*PDF, text or \.zip/],
    ['notes.docx', 'unsupported-type', /Word document.*PDF, text or \.zip/],
    ['invoice.pdf', 'not-a-letter', /letter/i],
    ['many-entries.zip', 'zip-limit', /more than 10,000 files/],
    ['bomb-under-file-cap.zip', 'zip-limit', /unpack to more than 500 MB/],
    ['bomb.zip', 'zip-limit', /unpack to more than 500 MB/],
  ];

  it.each(refusals)('%s is refused as %s with a plain reason', async (name, code, words) => {
    const { outcomes } = await run(name);
    expect(outcomes).toHaveLength(1);
    const [outcome] = outcomes;
    expect(outcome?.file).toBe(name);
    expect(outcome?.ok).toBe(false);
    if (outcome?.ok !== false) return;
    expect(outcome.error.code).toBe(code);
    expect(outcome.error.message).toMatch(words);
    expectPlainMessage(outcome.error.message);
  });

  it('counts the work it watches: a nested zip is inflated, a text letter decoded', async () => {
    await run('nested.zip');
    expect(work.inflatedBytes).toBeGreaterThan(1000);
    // Its two letters, read once each.
    expect(work.textsDecoded).toBe(2);
    await run('letter-1252.txt');
    expect(work.textsDecoded).toBe(3);
  });

  // The answer comes from the central directory: not one byte is inflated.
  it.each<HostileName>(['bomb.zip', 'bomb-under-file-cap.zip', 'many-entries.zip'])(
    '%s is answered without inflating it',
    async (name) => {
      const { outcomes } = await run(name);
      expect(outcomes.every((o) => !o.ok)).toBe(true);
      expect(work.inflatedBytes).toBe(0);
    },
  );

  it('bomb-understated.zip (1 KB declared, 100 MB inside) stops at the declared size and yields no record', async () => {
    const { outcomes } = await run('bomb-understated.zip');
    // Inflated into a buffer of the declared size: 1 KB, not 100 MB.
    expect(work.inflatedBytes).toBeLessThanOrEqual(1024);
    expect(outcomes).toHaveLength(1);
    const [outcome] = outcomes;
    expect(outcome?.ok).toBe(false);
    // The entry is zeros cut to its declared 1 KB: empty, damaged or refused are all honest answers.
    if (outcome?.ok === false) expect(['empty', 'corrupt', 'zip-limit']).toContain(outcome.error.code);
  });

  it('a 200 MB text file is refused as too large, without reading it', async () => {
    const outcomes = await processFile(hugeText(), 'huge.txt');
    expect(work.textsDecoded).toBe(0);
    expect(outcomes).toEqual([
      { file: 'huge.txt', ok: false, error: { code: 'too-large', message: expect.stringMatching(/too large.*50 MB/) } },
    ]);
  });

  it('the size cap is the one passed in (a 3 KB letter against a 1 KB cap)', async () => {
    const seed = seedLetter(PDF_SOURCE_SEED);
    const outcomes = await processFile(new TextEncoder().encode(seed.text), seed.name, { limits: { maxFileBytes: 1024 } });
    expect(outcomes).toEqual([
      { file: seed.name, ok: false, error: { code: 'too-large', message: expect.stringMatching(/too large.*1 KB/) } },
    ]);
  });

  it('nested.zip gives the two letters inside inner.zip, named by their path', async () => {
    const { outcomes } = await run('nested.zip');
    expect(outcomes.map((o) => o.file)).toEqual(
      NESTED_SEEDS.map((prefix) => `nested.zip/inner.zip/${seedLetter(prefix).name}`),
    );
    NESTED_SEEDS.forEach((prefix, i) => {
      const outcome = outcomes[i];
      if (!outcome?.ok) throw new Error(`${outcome?.file}: ${JSON.stringify(outcome?.ok === false ? outcome.error : outcome)}`);
      const expected = seedExpected(prefix);
      expect(recordProblems(outcome.record, { file: outcome.file, letterId: expected.letter_id })).toEqual([]);
      expect(itemsAndOutcomes(outcome.record)).toEqual(itemsAndOutcomes(expected));
    });
  });

  // Controls: the PDF the truncated and encrypted files were made from reads fine,
  // so their refusals are about the quirk and not about the letter.
  it('the whole letter PDF that truncated.pdf was cut from parses', async () => {
    const record = onlyRecord(await processFile(await letterPdf(), 'letter.pdf'), 'letter.pdf');
    expect(itemsAndOutcomes(record)).toEqual(itemsAndOutcomes(seedExpected(PDF_SOURCE_SEED)));
  });

  it('encrypted-owner-only.pdf (permissions only, no password to open) parses', async () => {
    const { outcomes } = await run('encrypted-owner-only.pdf');
    const record = onlyRecord(outcomes, 'encrypted-owner-only.pdf');
    expect(itemsAndOutcomes(record)).toEqual(itemsAndOutcomes(seedExpected(PDF_SOURCE_SEED)));
  });

  // The parser folds typographic quotes and dashes to ASCII on purpose (a search
  // for "patient's" finds both spellings); every other character stays as written.
  // The expected phrases are spelled out, not computed with the parser's own fold.
  it.each([
    [
      'letter-1252.txt',
      '000_',
      CP1252_PHRASE,
      'The treating physician\'s note calls the regimen "stable" - Dr. Zoë Pérez reviewed it at the café clinic.',
    ],
    [
      'letter-utf16.txt',
      '003_',
      UTF16_PHRASE,
      'Dr. Zoë Pérez\'s "no change" note - the café visit ≠ a flare ✓ (痛み).',
    ],
  ] as const)('%s parses with its accents intact and its quotes and dashes folded', async (name, seed, phrase, folded) => {
    const { outcomes } = await run(name);
    const record = onlyRecord(outcomes, name);
    expect(itemsAndOutcomes(record)).toEqual(itemsAndOutcomes(seedExpected(seed)));
    const rationale = record.decisions[0]?.rationale ?? '';
    expect(rationale.startsWith(`${folded} `)).toBe(true);
    // Every character outside ASCII that is not a quote or dash survived the decode.
    const kept = [...phrase].filter((c) => c > '\x7f' && !/[\u2018-\u201F\u2014]/.test(c));
    expect(kept.length).toBeGreaterThanOrEqual(3);
    for (const c of kept) expect(rationale).toContain(c);
    // Mis-decoded text shows up as replacement characters or UTF-8-read-as-1252 pairs.
    expect(JSON.stringify(record)).not.toMatch(/\uFFFD|â€|Ã©|Ã«/);
  });

  it('payload.txt keeps markup and formulas as the letter wrote them', async () => {
    const { outcomes } = await run('payload.txt');
    const record = onlyRecord(outcomes, 'payload.txt');
    expect(itemsAndOutcomes(record)).toEqual([
      [`Opana ER 5mg ${HTML_PAYLOAD} 30 day supply Qty: 30.00`, 'Overturned'],
      ['Oxycodone 30mg 30 day supply Qty: 120', 'Overturned'],
      [`${FORMULA_PAYLOAD} Carisoprodol 350mg 30 day supply Qty: 60`, 'Upheld'],
    ]);
    expect(record.decisions[1]?.rationale.startsWith(`${FORMULA_PAYLOAD} Oxycodone is an opioid.`)).toBe(true);
  });
});
