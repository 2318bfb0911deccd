// Parses generated letters of all three layouts, from text and from PDF, and
// compares every field of every record with the expectation written alongside
// the letter (test/fixtures/generator). Also checks that every non-letter is
// rejected, and that the generator itself is deterministic and covers what the
// parser must handle.
import { describe, expect, it } from 'vitest';
import {
  ALL_SUBCATEGORIES,
  CATEGORIES,
  DRUG_CLASSES,
  LAYOUTS,
  SUBCATEGORIES,
  type Decision,
  type LetterRecord,
} from '../src/domain/letter';
import { extractText } from '../src/extract/index';
import { parseLetter } from '../src/parse/index';
import { CATALOGUE, MODIFIED_REQUESTS } from './fixtures/generator/catalogue';
import { generateCorpus, type GeneratedLetter } from './fixtures/generator/corpus';
import { collapse } from './fixtures/generator/document';
import { CITATIONS } from './fixtures/generator/guidelines';
import { generateNonLetters } from './fixtures/generator/nonletters';
import { letterFile, nonLetterFile } from './fixtures/generator/writer';

const PER_LAYOUT = 24;
const corpus = generateCorpus({ seed: 20240611, count: PER_LAYOUT * LAYOUTS.length });
const nonLetters = generateNonLetters(7);

/** The record with rationales set aside: they are compared by containment. */
function withoutRationales(r: LetterRecord): { record: Omit<LetterRecord, 'decisions'> & { decisions: Omit<Decision, 'rationale'>[] }; rationales: string[] } {
  const decisions = r.decisions.map(({ rationale: _r, ...rest }) => rest);
  return { record: { ...r, decisions }, rationales: r.decisions.map((d) => collapse(d.rationale)) };
}

function expectRecord(actual: LetterRecord, expected: LetterRecord): void {
  const a = withoutRationales(actual);
  const e = withoutRationales(expected);
  expect(a.record).toEqual(e.record);
  // A parser may keep a little more (a trailing line), never less.
  e.rationales.forEach((rationale, i) => {
    expect(a.rationales[i], `rationale of decision ${i + 1}`).toContain(rationale);
  });
}

async function parseFile(letter: GeneratedLetter, format: 'txt' | 'pdf') {
  const file = await letterFile(letter, format);
  const extracted = await extractText(file.bytes, file.file);
  if (!extracted.ok) throw new Error(`${file.file}: extraction failed: ${extracted.error.message}`);
  return { parsed: parseLetter(extracted.text, { file: file.file, letterId: file.expected.letter_id }), expected: file.expected };
}

describe.each(LAYOUTS)('generated %s letters', (layout) => {
  const letters = corpus.filter((l) => l.layout === layout);

  it('are present in the corpus', () => {
    expect(letters).toHaveLength(PER_LAYOUT);
  });

  it.each(letters.map((l) => [l.name, l] as const))('%s.txt parses to its expected record', async (_name, letter) => {
    const { parsed, expected } = await parseFile(letter, 'txt');
    if (!parsed.ok) throw new Error(`rejected: ${parsed.error.message}`);
    expectRecord(parsed.record, expected);
  });

  it.each(letters.map((l) => [l.name, l] as const))('%s.pdf parses to its expected record', async (_name, letter) => {
    const { parsed, expected } = await parseFile(letter, 'pdf');
    if (!parsed.ok) throw new Error(`rejected: ${parsed.error.message}`);
    expectRecord(parsed.record, expected);
  });
});

// The shapes the real published letters show, each drawn by the generator
// with the record it must give (see the generator's final-determination.ts).
const REAL_SHAPES = [
  'citations:extra',
  'citations:mtus-documents',
  'credentials-wrapped',
  'header:columns',
  'header:labels-first',
  'header:published',
  'modified:leaving-eligible',
  'modified:remaining-portion',
  'modified:restated-in-rationale',
  'outcome-alone',
  'words-run-together',
];
const shaped = generateCorpus({ seed: 2016, count: 160, layouts: ['final-determination', 'notice-2013'] }).filter(
  (l) => l.shapes.length > 0,
);

describe('generated letters of every real-letter shape', () => {
  it('cover every shape', () => {
    expect([...new Set(shaped.flatMap((l) => l.shapes))].sort()).toEqual(REAL_SHAPES);
  });

  it.each(shaped.map((l) => [`${l.name} (${[...new Set(l.shapes)].join(', ')})`, l] as const))(
    '%s.txt parses to its expected record',
    async (_name, letter) => {
      const { parsed, expected } = await parseFile(letter, 'txt');
      if (!parsed.ok) throw new Error(`rejected: ${parsed.error.message}`);
      expectRecord(parsed.record, expected);
    },
  );

  // One letter per shape drawn as a PDF: page breaks and pdf.js's line rebuilding on top.
  const onePerShape = REAL_SHAPES.map((shape) => shaped.find((l) => l.shapes.includes(shape))).filter(
    (l): l is GeneratedLetter => l !== undefined,
  );
  it.each(onePerShape.map((l) => [l.name, l] as const))('%s.pdf parses to its expected record', async (_name, letter) => {
    const { parsed, expected } = await parseFile(letter, 'pdf');
    if (!parsed.ok) throw new Error(`rejected: ${parsed.error.message}`);
    expectRecord(parsed.record, expected);
  });
});

describe('non-letters are rejected', () => {
  const cases = nonLetters.flatMap((n) => (['txt', 'pdf'] as const).map((format) => [`${n.name}.${format} (${n.reason})`, n, format] as const));
  it.each(cases)('%s', async (_title, n, format) => {
    const file = await nonLetterFile(n, format);
    const extracted = await extractText(file.bytes, file.file);
    const error = extracted.ok ? (() => {
      const parsed = parseLetter(extracted.text, { file: file.file, letterId: 'x' });
      return parsed.ok ? null : parsed.error;
    })() : extracted.error;
    expect(error, 'accepted as a letter').not.toBeNull();
    expect(error?.message.trim()).not.toBe('');
  });
});

describe('the generator', () => {
  it('is deterministic: the same seed gives the same text, records and PDF bytes', async () => {
    const again = generateCorpus({ seed: 20240611, count: 6 });
    const first = corpus.slice(0, 6);
    expect(again.map((l) => l.text)).toEqual(first.map((l) => l.text));
    expect(again.map((l) => l.expected)).toEqual(first.map((l) => l.expected));
    const [a, b] = await Promise.all([letterFile(first[1] as GeneratedLetter, 'pdf'), letterFile(again[1] as GeneratedLetter, 'pdf')]);
    expect(a.expected.letter_id).toBe(b.expected.letter_id);
  });

  it('gives a different corpus for a different seed', () => {
    const other = generateCorpus({ seed: 99, count: 6 });
    expect(other.map((l) => l.text)).not.toEqual(corpus.slice(0, 6).map((l) => l.text));
  });

  it('has a hand-written catalogue of at least 60 items covering every category, DWC subcategory and drug class', () => {
    expect(new Set(CATALOGUE.map((e) => e.text)).size).toBeGreaterThanOrEqual(60);
    const categories = new Set(CATALOGUE.map((e) => e.facts.category));
    expect([...categories].sort()).toEqual([...CATEGORIES].sort());
    // Every DWC subcategory is reachable: some item the letters can carry has it.
    const subcategories = new Set([...CATALOGUE, ...MODIFIED_REQUESTS.map((m) => m.remaining)].map((e) => e.facts.subcategory));
    expect(ALL_SUBCATEGORIES.filter((s) => !subcategories.has(s))).toEqual([]);
    for (const e of CATALOGUE) {
      const allowed: readonly string[] = SUBCATEGORIES[e.facts.category];
      if (e.facts.category === 'other') expect(e.facts.subcategory).toBeNull();
      else expect(allowed).toContain(e.facts.subcategory);
    }
    const classes = new Set(CATALOGUE.map((e) => e.facts.drug_class).filter((c) => c !== null));
    expect([...classes].sort()).toEqual([...DRUG_CLASSES].sort());
    expect(CATALOGUE.some((e) => e.retrospective)).toBe(true);
    expect(CATALOGUE.some((e) => e.facts.medication === 'oxycodone')).toBe(true);
    for (const e of CATALOGUE) {
      if (e.facts.category !== 'pharmaceutical') {
        expect([e.facts.medication, e.facts.brand, e.facts.strength, e.facts.release, e.facts.quantity, e.facts.days_supply, e.facts.drug_class]).toEqual(
          [null, null, null, null, null, null, null],
        );
      }
    }
  });

  it('never writes a section name that the ", Capital" split would cut in two', () => {
    const names = Object.values(CITATIONS).flatMap((cs) => cs.flatMap((c) => c.sections));
    expect(names.length).toBeGreaterThan(50);
    expect(names.filter((n) => /, [A-Z]/.test(n.replace(/\([^)]*\)/g, '')))).toEqual([]);
  });

  it('upholds about 85-90% of decisions and varies the letters', () => {
    const big = generateCorpus({ seed: 5, count: 600 });
    const decisions = big.flatMap((l) => l.expected.decisions);
    const upheld = decisions.filter((d) => d.outcome === 'Upheld').length / decisions.length;
    expect(upheld).toBeGreaterThan(0.83);
    expect(upheld).toBeLessThan(0.91);
    const counts = new Set(big.map((l) => l.expected.decisions.length));
    expect([...counts].sort()).toEqual([1, 2, 3, 4, 5]);
    const records = big.map((l) => l.expected);
    expect(records.some((r) => r.case_number === null && r.layout === 'final-determination')).toBe(true);
    expect(records.some((r) => r.case_number !== null && r.layout === 'final-determination')).toBe(true);
    expect(records.some((r) => r.patient.sex === null && r.patient.age !== null)).toBe(true);
    expect(records.some((r) => r.date_of_injury?.length === 7)).toBe(true);
    expect(records.some((r) => r.reviewer.license_states.length >= 3)).toBe(true);
    expect(records.some((r) => r.reviewer.specialties.includes('Chiropractic'))).toBe(true);
    expect(decisions.some((d) => d.med_mg_per_day !== null)).toBe(true);
    for (const source of ['MTUS', 'ACOEM', 'ODG', 'Other'] as const) {
      expect(decisions.some((d) => d.guideline.source === source)).toBe(true);
    }
    // Some words are hyphenated across lines, never an item name.
    expect(big.some((l) => /[a-z]{4}-\n+[a-z]{4}/.test(l.text))).toBe(true);
  });

  it('writes each expected item and rationale into the text (read back without hyphens and line breaks)', () => {
    for (const letter of corpus) {
      const flat = collapse(letter.text.replace(/([a-z])-\n+([a-z])/g, '$1$2'));
      for (const d of letter.expected.decisions) {
        expect(flat, letter.name).toContain(d.item);
        expect(flat, letter.name).toContain(d.rationale);
      }
    }
  });
});
