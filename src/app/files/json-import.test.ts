import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ALL_SUBCATEGORIES,
  CATEGORIES,
  DRUG_CLASSES,
  GUIDELINE_SOURCES,
  LAYOUTS,
  OUTCOMES,
  PRIORITIES,
  REASON_TAGS,
  type Citation,
  type Decision,
  type LetterRecord,
} from '../../domain/letter';
import { recordsToJson } from '../../derive/json-export';
import type { FileSource } from './file-source';
import { PARSER_VERSION } from '../../parse/parser-version';
import { isJsonExport, readJsonExport } from './json-import';

function source(name: string, text: string): FileSource {
  const bytes = new TextEncoder().encode(text);
  return { name, size: bytes.length, read: async () => bytes.buffer };
}

const text = fc.string({ unit: 'grapheme', maxLength: 40 });
const nullable = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });
const twoDigits = (max: number) => fc.integer({ min: 1, max }).map((n) => String(n).padStart(2, '0'));
const isoDate = fc
  .tuple(fc.integer({ min: 1990, max: 2030 }), twoDigits(12), fc.option(twoDigits(28), { nil: undefined }))
  .map(([y, m, d]) => (d ? `${y}-${m}-${d}` : `${y}-${m}`));
const guidelineSource = nullable(fc.constantFrom(...GUIDELINE_SOURCES));

const citationArb: fc.Arbitrary<Citation> = fc.record({
  source: guidelineSource,
  document: text,
  sections: fc.array(text, { maxLength: 3 }),
  pages: nullable(text),
  mtus: fc.boolean(),
});
const citations = fc.array(citationArb, { maxLength: 3 });

// Keys in the parser's order, as the reader writes them back.
const decisionArb: fc.Arbitrary<Decision> = fc.record({
  item: text,
  outcome: fc.constantFrom(...OUTCOMES),
  category: fc.constantFrom(...CATEGORIES),
  subcategory: nullable(fc.constantFrom(...ALL_SUBCATEGORIES)),
  medication: nullable(text),
  brand: nullable(text),
  strength: nullable(text),
  release: nullable(fc.constantFrom('ER' as const, 'IR' as const)),
  quantity: nullable(fc.integer({ min: 0, max: 100_000 })),
  days_supply: nullable(fc.integer({ min: 0, max: 365 })),
  drug_class: nullable(fc.constantFrom(...DRUG_CLASSES)),
  retrospective: fc.boolean(),
  original_request: nullable(text),
  authorized: nullable(text),
  guideline: fc.record({
    source: guidelineSource,
    sections: fc.array(text, { maxLength: 4 }),
    pages: nullable(text),
    citations,
  }),
  claims_admin_guideline: fc.record({ source: guidelineSource, citations }),
  rationale: fc.string({ unit: 'grapheme', maxLength: 400 }),
  med_mg_per_day: nullable(fc.double({ min: 0, max: 10_000, noNaN: true, noDefaultInfinity: true }).map((n) => n || 0)),
  reasons: fc.subarray([...REASON_TAGS]),
});

/** Any record the LetterRecord contract allows, payloads and odd characters included. */
const recordArb: fc.Arbitrary<LetterRecord> = fc.record({
  file: fc.oneof(text, fc.constant('=HYPERLINK("http://x","y").txt'), fc.constant('a.zip/b.zip/<img src=x>.pdf')),
  letter_id: fc.stringMatching(/^[0-9a-f]{16}$/),
  layout: fc.constantFrom(...LAYOUTS),
  case_number: nullable(fc.integer({ min: 0, max: 99 }).chain((y) =>
    fc.integer({ min: 0, max: 9_999_999 }).map((n) => `CM${String(y).padStart(2, '0')}-${String(n).padStart(7, '0')}`),
  )),
  decision_date: nullable(isoDate),
  priority: nullable(fc.constantFrom(...PRIORITIES)),
  date_assigned: nullable(isoDate),
  application_received: nullable(isoDate),
  ur_denial_date: nullable(isoDate),
  reviewer: fc.record({
    specialties: fc.array(text, { maxLength: 3 }),
    subspecialties: fc.array(text, { maxLength: 3 }),
    license_states: fc.array(fc.constantFrom('CA', 'NY', 'TX'), { maxLength: 3 }),
  }),
  patient: fc.record({ age: nullable(fc.integer({ min: 0, max: 120 })), sex: nullable(fc.constantFrom('F' as const, 'M' as const)) }),
  date_of_injury: nullable(isoDate),
  decisions: fc.array(decisionArb, { maxLength: 5 }),
});

describe('readJsonExport', () => {
  it('gives back every exported record exactly, under the file it was first loaded from', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(recordArb, { minLength: 1, maxLength: 8 }), async (records) => {
        const outcomes = await readJsonExport(source('imr-letters-2026-01-01.json', recordsToJson(records)));
        expect(outcomes).toEqual(
          records.map((record) => ({ file: record.file, ok: true, record, parserVersion: PARSER_VERSION })),
        );
        const back = outcomes.flatMap((o) => (o.ok ? [o.record] : []));
        // Same JSON text again: nothing added, dropped, reordered or re-typed.
        expect(recordsToJson(back)).toBe(recordsToJson(records));
      }),
      { seed: 7, numRuns: 300 },
    );
  });

  it('marks the letters of an export written before record version 2 as read by parser version 1', async () => {
    const [record] = fc.sample(recordArb, { numRuns: 1, seed: 3 });
    if (record === undefined) throw new Error('no sample');
    const { priority: _p, date_assigned: _d, application_received: _a, ur_denial_date: _u, ...v1 } = record;
    const [outcome] = await readJsonExport(source('old.json', JSON.stringify([v1])));
    expect(outcome).toMatchObject({ file: record.file, ok: true, parserVersion: 1 });
    if (outcome?.ok) expect(outcome.record.priority).toBeNull();
  });

  it.each([
    ['notes.json', '{ "letters": 3', 'unsupported-type', /^not a JSON export of letters: not JSON/],
    ['package.json', '{"name": "x"}', 'unsupported-type', /^not a JSON export of letters: expected a JSON array/],
    ['edited.json', '[{"file": "a.txt"}]', 'corrupt', /^damaged JSON export: record 1: letter_id must be/],
    ['none.json', '[]', 'empty', /holds no letters/],
    ['zero.json', '', 'empty', /^empty file$/],
  ])('%s is refused with a reason', async (name, body, code, message) => {
    const [outcome, ...rest] = await readJsonExport(source(name, body));
    expect(rest).toEqual([]);
    expect(outcome).toMatchObject({ file: name, ok: false, error: { code } });
    if (outcome?.ok === false) expect(outcome.error.message).toMatch(message);
  });

  it('refuses an export over the cap before reading it', async () => {
    const huge: FileSource = { name: 'big.json', size: 300 * 1024 * 1024, read: () => Promise.reject(new Error('read')) };
    expect(await readJsonExport(huge)).toEqual([
      { file: 'big.json', ok: false, error: { code: 'too-large', message: 'too large: this export is over the 200 MB limit' } },
    ]);
  });

  it('recognises exports by their .json name, whatever the case', () => {
    expect(isJsonExport(source('imr-letters.JSON', ''))).toBe(true);
    expect(isJsonExport(source('folder/a.json', ''))).toBe(true);
    expect(isJsonExport(source('letter.json.txt', ''))).toBe(false);
  });
});
