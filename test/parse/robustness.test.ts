// parseLetter must return a result for any text, quickly: it runs on
// whatever users drop, in a worker with a time limit.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseLetter } from '../../src/parse';
import { cpuTimed } from '../support/cpu-time';
import { FIXTURES } from './fixture';

const SEEDS = join(import.meta.dirname, '..', 'fixtures', 'seeds');
const letters = [
  ...readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(SEEDS, f), 'utf8')),
  ...readdirSync(FIXTURES).filter((f) => !f.startsWith('reject-')).map((f) => readFileSync(join(FIXTURES, f), 'utf8')),
];
const meta = { file: 'f.txt', letterId: '0000000000000000' };
// Guards against patterns that rescan their input (a run once took minutes),
// not a speed target: a linear parse of these inputs is a fraction of a
// second of CPU, and a rescan of 200,000 characters is minutes.
const RESCAN_LIMIT_CPU_MS = 10_000;

function expectWellFormed(text: string): void {
  const result = parseLetter(text, meta);
  if (result.ok) {
    expect(result.record.decisions.length).toBeGreaterThan(0);
    for (const d of result.record.decisions) {
      expect(['Upheld', 'Overturned']).toContain(d.outcome);
      expect(typeof d.rationale).toBe('string');
    }
  } else {
    expect(result.error.message.length).toBeGreaterThan(0);
  }
}

/** A letter with a slice cut out, duplicated or moved: what truncation and bad extraction do. */
const mutatedLetter = fc
  .record({
    letter: fc.constantFrom(...letters),
    a: fc.nat(),
    b: fc.nat(),
    c: fc.nat(),
    op: fc.constantFrom('cut', 'duplicate', 'move', 'insert'),
    junk: fc.string({ maxLength: 40 }),
  })
  .map(({ letter, a, b, c, op, junk }) => {
    const i = a % (letter.length + 1);
    const j = i + (b % 400);
    const k = c % (letter.length + 1);
    const slice = letter.slice(i, j);
    const without = letter.slice(0, i) + letter.slice(j);
    switch (op) {
      case 'cut':
        return without;
      case 'duplicate':
        return letter.slice(0, j) + slice + letter.slice(j);
      case 'move':
        return without.slice(0, k) + slice + without.slice(k);
      default:
        return letter.slice(0, k) + junk + letter.slice(k);
    }
  });

describe('parseLetter on any input', () => {
  it('returns a result for arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 2000 }), (text) => expectWellFormed(text)), {
      numRuns: 300,
    });
  });

  it('returns a result for mutated letters', () => {
    fc.assert(fc.property(mutatedLetter, (text) => expectWellFormed(text)), { numRuns: 300 });
  });

  it.each([
    ['long runs of white space', ' \n'.repeat(100_000)],
    ['one very long word', 'a'.repeat(200_000)],
    ['many hyphenated line ends', 'word-\n'.repeat(30_000)],
    ['repeated labels with nothing after them', 'Decision rationale: MAXIMUS guideline: '.repeat(5_000)],
    ['repeated outcomes', 'IMR ISSUES, DECISIONS AND RATIONALES\nx: Upheld\nClaims Administrator guideline:\n'.repeat(3_000)],
    [
      'numbered determinations without an end',
      'Notice of Independent Medical Review Determination\n' +
        '1) MAXIMUS Federal Services, Inc. has determined the request for '.repeat(2_000),
    ],
    ['injury cues without dates', 'injured on the job at work in the '.repeat(5_000)],
    ['dose figures without units', '1 MED 2 MED of 3 morphine equivalent '.repeat(5_000)],
    ['a letter repeated fifty times', (letters[0] ?? '').repeat(50)],
  ])('finishes quickly on %s', (_name, text) => {
    expect(cpuTimed(() => expectWellFormed(text)).cpuMs).toBeLessThan(RESCAN_LIMIT_CPU_MS);
  });

  // A long run of one unit inside a letter lands in some section (an item, a
  // guideline, a specialty list) and exposes a pattern that rescans the run
  // from every position: ":" inside a guideline once took minutes.
  const UNITS = [':', ': ', '(', ')', ' ', '-', 'a-\n', '.', ',', '1, ', ': Upheld\n', 'mg ', 'Decision rationale: ', 'has a subspecialty in '];
  const BASES = ['notice-2013-wrapped-item.txt', 'professional-review-issue-next-line.txt', 'final-determination-header-page-breaks.txt'];
  // Where the run goes: right after the labels that start each field, and mid-letter.
  const ANCHORS = ['Expert Reviewer:', 'Decision based on ', 'based his/her decision on the ', 'WHY:', 'Certified in ', 'ISSUE AT DISPUTE:', 'request for ', 'set forth below:', 'year old '];
  it.each(BASES.flatMap((base) => UNITS.map((unit) => [base, unit] as const)))(
    'finishes quickly with 200,000 characters of one unit inside %s (%j)',
    (base, unit) => {
      const letter = readFileSync(join(FIXTURES, base), 'utf8');
      const run = unit.repeat(Math.ceil(200_000 / unit.length));
      const afterAnchors = ANCHORS.map((a) => letter.indexOf(a) + a.length).filter((end, i) => end >= (ANCHORS[i]?.length ?? 0));
      const cuts = [Math.floor(letter.length / 2), ...afterAnchors];
      for (const cut of cuts) {
        expect(cpuTimed(() => expectWellFormed(letter.slice(0, cut) + run + letter.slice(cut))).cpuMs).toBeLessThan(RESCAN_LIMIT_CPU_MS);
      }
    },
  );
});
