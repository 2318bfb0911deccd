import { describe, expect, it } from 'vitest';
import { LAYOUTS, type Decision, type LetterRecord } from '../domain/letter';
import { generateLetter } from '../../test/fixtures/generator';
import type { StoredLetter } from './letter-store';
import { packLetters, packRationales, unpackLetters, unpackStrings } from './packed-letters';

function decision(overrides: Partial<Decision> = {}): Decision {
  return {
    item: 'Oxymorphone 20mg ER #90, #30',
    outcome: 'Upheld',
    category: 'pharmaceutical',
    medication: 'oxymorphone',
    brand: 'Opana',
    strength: '20 mg',
    release: 'ER',
    quantity: 90,
    days_supply: 30,
    drug_class: 'opioid',
    guideline: { source: 'MTUS', sections: ['Opioids, criteria for use', 'Opioids for chronic pain'], pages: '75-79' },
    claims_admin_guideline: { source: 'ODG' },
    rationale: 'There is no documentation of functional improvement.',
    med_mg_per_day: 67.5,
    ...overrides,
  };
}

function stored(record: LetterRecord, addedAt = 1_700_000_000_123, parserVersion = 1): StoredLetter {
  return { letter_id: record.letter_id, record, parser_version: parserVersion, added_at: addedAt };
}

const full: LetterRecord = {
  file: 'nested/dir/Ünïcödé letter ✓.pdf',
  letter_id: '46ca10e80b8759fd',
  layout: 'notice-2013',
  case_number: 'CM13-0012345',
  decision_date: '2014-03-07',
  reviewer: { specialties: ['Orthopedic Surgery', 'Family Medicine'], subspecialties: ['Spine'], license_states: ['CA', 'UT'] },
  patient: { age: 47.5, sex: 'M' },
  date_of_injury: '2009-11-02',
  decisions: [
    decision(),
    decision({ item: '', outcome: 'Overturned', rationale: '', quantity: 0, days_supply: -0, med_mg_per_day: 1e-7 }),
    decision({ rationale: 'Line one\nline two — “quoted” \u{1F600} and a lone \uD800 surrogate' }),
  ],
};

const sparse: LetterRecord = {
  file: 'a.txt',
  letter_id: 'aa00aa00aa00aa00',
  layout: 'professional-review',
  case_number: null,
  decision_date: null,
  reviewer: { specialties: [], subspecialties: [], license_states: [] },
  patient: { age: null, sex: null },
  date_of_injury: null,
  decisions: [
    decision({
      category: 'other',
      medication: null,
      brand: null,
      strength: null,
      release: null,
      quantity: null,
      days_supply: null,
      drug_class: null,
      guideline: { source: null, sections: [], pages: null },
      claims_admin_guideline: { source: null },
      med_mg_per_day: null,
    }),
  ],
};

const roundTrip = (letters: StoredLetter[]) => unpackLetters(packLetters(letters), packRationales(letters));

describe('packed letters', () => {
  it('give back every field of every letter, nulls, empty lists and odd text included', () => {
    const letters = [stored(full), stored(sparse, 5, 2), stored(full, 6)];
    expect(roundTrip(letters)).toEqual(letters);
  });

  it('keep the keys in the order the parser writes them, so a JSON export reads the same', () => {
    const letters = [stored(full), stored(sparse)];
    expect(JSON.stringify(roundTrip(letters))).toBe(JSON.stringify(letters));
  });

  it('keep -0 and null apart, and a number that is a whole number a number', () => {
    const [back] = roundTrip([stored(full)]);
    const second = back?.record.decisions[1];
    expect(Object.is(second?.days_supply, -0)).toBe(true);
    expect(second?.quantity).toBe(0);
    expect(back?.record.patient.age).toBe(47.5);
  });

  it('give each record lists of its own, even where two letters had the same values', () => {
    const [a, b] = roundTrip([stored(full), stored({ ...full, letter_id: 'bb00bb00bb00bb00' })]);
    expect(a?.record.reviewer.specialties).toEqual(b?.record.reviewer.specialties);
    expect(a?.record.reviewer.specialties).not.toBe(b?.record.reviewer.specialties);
    expect(a?.record.decisions[0]?.guideline).not.toBe(a?.record.decisions[2]?.guideline);
  });

  it('keep a stored letter_id apart from the record’s', () => {
    const odd = { ...stored(full), letter_id: 'different' };
    expect(roundTrip([odd])[0]?.letter_id).toBe('different');
  });

  it('round-trip generated letters of every layout', () => {
    const letters = Array.from({ length: 60 }, (_, i) =>
      stored(generateLetter(77, i, LAYOUTS[i % LAYOUTS.length] ?? 'final-determination').expected, i),
    );
    expect(roundTrip(letters)).toEqual(letters);
  });

  it('leave rationales empty when they are read apart, and nothing else', () => {
    const letters = [stored(full), stored(sparse)];
    const back = unpackLetters(packLetters(letters));
    expect(back.flatMap((l) => l.record.decisions.map((d) => d.rationale))).toEqual(['', '', '', '']);
    const withText = (l: StoredLetter) => ({ ...l.record, decisions: l.record.decisions.map((d) => ({ ...d, rationale: '' })) });
    expect(back.map((l) => l.record)).toEqual(letters.map(withText));
  });

  it('store each distinct string once', () => {
    const packed = packLetters([stored(full), stored({ ...full, letter_id: 'cc00cc00cc00cc00' })]);
    const strings = unpackStrings(packed.strings);
    expect(new Set(strings).size).toBe(strings.length);
    expect(strings.filter((s) => s === 'Oxymorphone 20mg ER #90, #30')).toHaveLength(1);
  });

  it('pack an empty batch', () => {
    expect(roundTrip([])).toEqual([]);
  });
});
