import { describe, expect, it } from 'vitest';
import { LAYOUTS, type Decision, type LetterRecord } from '../domain/letter';
import { citation, decision as baseDecision, letter, withVersion1Fields, type DecisionOverrides } from '../../test/builders/records';
import { generateLetter } from '../../test/fixtures/generator';
import type { StoredLetter } from './letter-store';
import { packLetters, packRationales, setRationales, unpackLetters, unpackStrings, V1_WIDTHS, type PackedLetters } from './packed-letters';

const decision = (overrides: DecisionOverrides = {}): Decision =>
  baseDecision({
    item: 'Oxymorphone 20mg ER #90, #30',
    category: 'pharmaceutical',
    subcategory: 'Opioids',
    medication: 'oxymorphone',
    brand: 'Opana',
    strength: '20 mg',
    release: 'ER',
    quantity: 90,
    days_supply: 30,
    drug_class: 'opioid',
    retrospective: true,
    original_request: 'Oxymorphone 20mg ER #180',
    authorized: 'Oxymorphone 20mg ER #90',
    guideline: {
      source: 'MTUS',
      sections: ['Opioids, criteria for use', 'Opioids for chronic pain'],
      pages: '75-79',
      citations: [
        citation({ document: 'Chronic Pain Medical Treatment 2009', sections: ['Opioids, criteria for use'], pages: '75-79' }),
        citation({ source: 'ODG', document: 'Pain Chapter', sections: ['Opioids for chronic pain'], mtus: false }),
      ],
    },
    claims_admin_guideline: { source: 'ODG', citations: [citation({ source: 'ODG', document: 'Pain Chapter', mtus: false })] },
    rationale: 'There is no documentation of functional improvement.',
    med_mg_per_day: 67.5,
    ...overrides,
  });

function stored(record: LetterRecord, addedAt = 1_700_000_000_123, parserVersion = 1): StoredLetter {
  return { letter_id: record.letter_id, record, parser_version: parserVersion, added_at: addedAt };
}

const full: LetterRecord = {
  ...letter('46ca10e80b8759fd', {
    file: 'nested/dir/Ünïcödé letter ✓.pdf',
    layout: 'notice-2013',
    case_number: 'CM13-0012345',
    decision_date: '2014-03-07',
    priority: 'Expedited',
    date_assigned: '2014-02-01',
    application_received: '2014-01-20',
    ur_denial_date: '2014-01-02',
    reviewer: { specialties: ['Orthopedic Surgery', 'Family Medicine'], subspecialties: ['Spine'], license_states: ['CA', 'UT'] },
    patient: { age: 47.5, sex: 'M' },
    date_of_injury: '2009-11-02',
  }),
  decisions: [
    decision(),
    decision({ item: '', outcome: 'Overturned', rationale: '', quantity: 0, days_supply: -0, med_mg_per_day: 1e-7 }),
    decision({ rationale: 'Line one\nline two — “quoted” \u{1F600} and a lone \uD800 surrogate' }),
  ],
};

const sparse: LetterRecord = letter('aa00aa00aa00aa00', {
  file: 'a.txt',
  layout: 'professional-review',
  reviewer: { specialties: [], subspecialties: [], license_states: [] },
  decisions: [
    {
      category: 'other',
      subcategory: null,
      guideline: { source: null, sections: [], pages: null, citations: [] },
      claims_admin_guideline: { source: null, citations: [] },
    },
  ],
});

/** Letters packed, unpacked and given their rationales, as a reload reads them. */
function unpackedWithRationales(packed: PackedLetters, letters: readonly StoredLetter[]): StoredLetter[] {
  const back = unpackLetters(packed);
  setRationales(back, packRationales(letters));
  return back;
}

const roundTrip = (letters: StoredLetter[]) => unpackedWithRationales(packLetters(letters), letters);

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

  it('give equal lists of a batch as one frozen array, so that no record can change another’s', () => {
    const [a, b] = roundTrip([stored(full), stored({ ...full, letter_id: 'bb00bb00bb00bb00' })]);
    const specialties = a?.record.reviewer.specialties;
    expect(specialties).toEqual(full.reviewer.specialties);
    expect(b?.record.reviewer.specialties).toBe(specialties);
    expect(Object.isFrozen(specialties)).toBe(true);
    expect(() => specialties?.push('Surgery')).toThrow(TypeError);
    const cited = a?.record.decisions[0]?.guideline.citations;
    expect(b?.record.decisions[0]?.guideline.citations).toBe(cited);
    expect(() => {
      if (cited?.[0]) cited[0].pages = '1';
    }).toThrow(TypeError);
    // Decisions stay each record's own: a rationale is set on its decision later.
    expect(a?.record.decisions[0]).not.toBe(b?.record.decisions[0]);
    expect(Object.isFrozen(a?.record.decisions[0])).toBe(false);
  });

  it('give equal guidelines, reviewers and patients of a batch as one frozen object, and unequal ones apart', () => {
    const other = {
      ...full,
      letter_id: 'cc00cc00cc00cc00',
      reviewer: { ...full.reviewer, license_states: ['CA'] },
      patient: { age: null, sex: 'M' as const },
      decisions: [decision({ guideline: { ...decision().guideline, pages: '80' }, claims_admin_guideline: { source: 'ODG', citations: [] } })],
    };
    const [a, b, c, d] = roundTrip([stored(full), stored({ ...full, letter_id: 'bb00bb00bb00bb00' }), stored(other), stored({ ...other, letter_id: 'dd00dd00dd00dd00' })]);
    const [first, second, third] = a?.record.decisions ?? [];
    // Equal within a letter and across letters: one object.
    expect(third?.guideline).toBe(first?.guideline);
    expect(second?.guideline).toBe(first?.guideline);
    expect(b?.record.decisions[0]?.guideline).toBe(first?.guideline);
    expect(b?.record.decisions[0]?.claims_admin_guideline).toBe(first?.claims_admin_guideline);
    expect(b?.record.reviewer).toBe(a?.record.reviewer);
    expect(b?.record.patient).toBe(a?.record.patient);
    expect(d?.record.patient).toBe(c?.record.patient);
    expect(c?.record.patient).toEqual({ age: null, sex: 'M' });
    // One field apart: apart, each as it was written.
    expect(c?.record.decisions[0]?.guideline).not.toBe(first?.guideline);
    expect(c?.record.decisions[0]?.guideline.pages).toBe('80');
    expect(c?.record.decisions[0]?.claims_admin_guideline).toEqual({ source: 'ODG', citations: [] });
    expect(c?.record.reviewer).not.toBe(a?.record.reviewer);
    expect(c?.record.reviewer.license_states).toEqual(['CA']);
    expect(c?.record.patient).not.toBe(a?.record.patient);
    expect(a?.record.patient).toEqual({ age: 47.5, sex: 'M' });
    // Frozen, so that no record can change another's.
    for (const shared of [first?.guideline, first?.claims_admin_guideline, a?.record.reviewer, a?.record.patient]) {
      expect(Object.isFrozen(shared)).toBe(true);
    }
    expect(() => {
      if (a) (a.record.patient as { age: number | null }).age = 1;
    }).toThrow(TypeError);
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

  it('put rationales read later into the same decision objects, giving the letters as packed', () => {
    const letters = [stored(full), stored(sparse, 5, 2), stored(full, 6)];
    const back = unpackLetters(packLetters(letters));
    const decisions = back.flatMap((l) => l.record.decisions);
    setRationales(back, packRationales(letters));
    expect(back).toEqual(letters);
    expect(back.flatMap((l) => l.record.decisions)).toEqual(decisions);
    back.flatMap((l) => l.record.decisions).forEach((d, i) => expect(d).toBe(decisions[i]));
  });

  it('refuse rationales that are not the batch’s: one per decision, or none set', () => {
    const letters = [stored(full), stored(sparse)];
    const back = unpackLetters(packLetters(letters));
    expect(() => setRationales(back, packRationales([stored(full)]))).toThrow('3 rationales for 4 decisions');
    expect(back.flatMap((l) => l.record.decisions.map((d) => d.rationale))).toEqual(['', '', '', '']);
  });

  it('store each distinct string once', () => {
    const packed = packLetters([stored(full), stored({ ...full, letter_id: 'cc00cc00cc00cc00' })]);
    const strings = unpackStrings(packed.strings);
    expect(new Set(strings).size).toBe(strings.length);
    expect(strings.filter((s) => s === 'Oxymorphone 20mg ER #90, #30')).toHaveLength(1);
  });

  it('read a pack written before record version 2: its columns as they were, the new fields empty', () => {
    // A version 1 pack is a version 2 pack cut down to the first columns of each row, without citations.
    const letters = [stored(full), stored(sparse, 5, 1)];
    const packed = packLetters(letters);
    const now = packed.widths;
    if (now === undefined) throw new Error('a new pack records its widths');
    const narrow = (values: Int32Array | Float64Array, from: number, to: number) =>
      values.filter((_, i) => i % from < to) as typeof values;
    const old: PackedLetters = {
      letterCount: packed.letterCount,
      decisionCount: packed.decisionCount,
      strings: packed.strings,
      letterInts: narrow(packed.letterInts, now.letterInts, V1_WIDTHS.letterInts) as Int32Array,
      letterNumbers: packed.letterNumbers,
      decisionInts: narrow(packed.decisionInts, now.decisionInts, V1_WIDTHS.decisionInts) as Int32Array,
      decisionNumbers: packed.decisionNumbers,
      lists: packed.lists,
    };
    const back = unpackedWithRationales(old, letters);
    const emptied = (l: StoredLetter): StoredLetter => ({ ...l, record: withVersion1Fields(l.record) });
    expect(back).toEqual(letters.map(emptied));
  });

  it('pack an empty batch', () => {
    expect(roundTrip([])).toEqual([]);
  });
});
