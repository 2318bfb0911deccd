// The five real letters must give their expected records exactly. The
// expected files carry no rationale; each rationale is checked against the
// start of the real one instead.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Decision, LetterRecord } from '../../src/domain/letter';
import { parseLetter } from '../../src/parse';
import { givenFields } from '../expected-fields';

const SEEDS = join(import.meta.dirname, '..', 'fixtures', 'seeds');

/** The first 40 characters of each decision's real rationale, in letter order. */
const RATIONALE_STARTS: Readonly<Record<string, readonly string[]>> = {
  '000_a3805b0da3d82ce4.txt': ['MTUS Treatment Guidelines were reviewed i'],
  '001_d578d09a58dd7e0e.txt': ['The MTUS Guidelines do not recommend the '],
  '002_342cc525053c6975.txt': [
    'Opana is Oxymorphone, an opioid. MTUS gu',
    'Oxycodone is an opioid. MTUS guidelines ',
    'As per MTUS Chronic pain guidelines, Cari',
  ],
  '003_178c19ffd59f9e46.txt': ['The California MTUS recommend that opioi'],
  '004_f90702d67313aa06.txt': [
    'The MTUS provides requirements of the tre',
    'The MTUS Guidelines cite opioid use in th',
  ],
};

const files = readdirSync(SEEDS)
  .filter((f) => f.endsWith('.txt'))
  .sort();

describe('seed letters', () => {
  it('covers all five seeds', () => {
    expect(files).toEqual(Object.keys(RATIONALE_STARTS).sort());
  });

  describe.each(files)('%s', (file) => {
    const bytes = readFileSync(join(SEEDS, file));
    const letterId = createHash('sha256').update(bytes).digest('hex').slice(0, 16);
    const expected = JSON.parse(readFileSync(join(SEEDS, file.replace(/\.txt$/, '.expected.json')), 'utf8')) as LetterRecord;
    const result = parseLetter(bytes.toString('utf8'), { file: basename(file), letterId });

    it('parses', () => {
      expect(result.ok).toBe(true);
    });

    it('equals its version 2 record in every field that record gives', () => {
      if (!result.ok) throw new Error(result.error.message);
      expect(givenFields(result.record, expected)).toEqual(expected);
    });

    // The fields this parser reads itself (the item's drug and category fields
    // come from item analysis), so a failure above points at the right module.
    it('equals the expected record in the fields read from the letter structure', () => {
      if (!result.ok) throw new Error(result.error.message);
      const structural = (d: Decision) => ({
        item: d.item,
        outcome: d.outcome,
        guideline: { source: d.guideline.source, sections: d.guideline.sections, pages: d.guideline.pages },
        claims_admin_guideline: { source: d.claims_admin_guideline.source },
        med_mg_per_day: d.med_mg_per_day,
      });
      expect(result.record.decisions.map(structural)).toEqual(expected.decisions.map(structural));
    });

    it('keeps each rationale, white space collapsed', () => {
      if (!result.ok) throw new Error(result.error.message);
      const starts = RATIONALE_STARTS[file] ?? [];
      expect(result.record.decisions.map((d) => d.rationale.slice(0, 40))).toEqual(starts.map((s) => s.slice(0, 40)));
      for (const d of result.record.decisions) {
        expect(d.rationale).not.toMatch(/\s{2}|^\s|\s$/);
        expect(d.rationale).not.toMatch(/Claims Administrator guideline|MAXIMUS guideline|Decision rationale/);
      }
    });
  });
});
