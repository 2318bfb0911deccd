import { describe, expect, it } from 'vitest';
import type { LetterRecord } from '../domain/letter';
import { parseRecordsJson, recordsToJson } from './json-export';

// Seed 002's expected record, with the rationale the seed files leave out.
function seedRecord(): LetterRecord {
  return {
    file: '002_342cc525053c6975.txt',
    letter_id: 'bf6fb64d5575ce1c',
    layout: 'final-determination',
    case_number: null,
    decision_date: null,
    reviewer: {
      specialties: ['Emergency Medicine'],
      subspecialties: [],
      license_states: ['CA'],
    },
    patient: { age: 59, sex: 'M' },
    date_of_injury: '2003-03-24',
    decisions: [
      {
        item: 'Opana ER 5mg 30 day supply Qty: 30.00',
        outcome: 'Overturned',
        category: 'pharmaceutical',
        medication: 'oxymorphone',
        brand: 'Opana',
        strength: '5 mg',
        release: 'ER',
        quantity: 30,
        days_supply: 30,
        drug_class: 'opioid',
        guideline: {
          source: 'MTUS',
          sections: [
            'Opioids for chronic pain',
            'Opioids, long-term assessment',
            'Opioids, criteria for use',
          ],
          pages: null,
        },
        claims_admin_guideline: { source: 'MTUS' },
        med_mg_per_day: 270,
        rationale: 'Not medically necessary.',
      },
      {
        item: 'Oxycodone 30mg 30 day supply Qty: 120',
        outcome: 'Overturned',
        category: 'pharmaceutical',
        medication: 'oxycodone',
        brand: null,
        strength: '30 mg',
        release: null,
        quantity: 120,
        days_supply: 30,
        drug_class: 'opioid',
        guideline: {
          source: 'MTUS',
          sections: [
            'Opioids, criteria for use',
            'Opioids for chronic pain',
            'Opioids, long-term assessment',
          ],
          pages: null,
        },
        claims_admin_guideline: { source: 'MTUS' },
        med_mg_per_day: 270,
        rationale: 'Not medically necessary.',
      },
      {
        item: 'Carisoprodol 350mg 30 day supply Qty: 60',
        outcome: 'Upheld',
        category: 'pharmaceutical',
        medication: 'carisoprodol',
        brand: null,
        strength: '350 mg',
        release: null,
        quantity: 60,
        days_supply: 30,
        drug_class: 'muscle relaxant',
        guideline: {
          source: 'MTUS',
          sections: ['Carisoprodol (Soma)'],
          pages: null,
        },
        claims_admin_guideline: { source: 'MTUS' },
        med_mg_per_day: null,
        rationale: 'Not medically necessary.',
      },
    ],
  };
}

describe('recordsToJson / parseRecordsJson', () => {
  it('round-trips records exactly', () => {
    const records = [seedRecord(), { ...seedRecord(), file: 'b.txt', letter_id: 'ffffffffffffffff' }];
    const json = recordsToJson(records);
    expect(json.endsWith(']\n')).toBe(true);
    expect(json).toContain('\n  {\n    "file"'); // pretty, two-space indent
    expect(parseRecordsJson(json)).toEqual({ ok: true, records });
  });

  it('accepts an empty array and a leading BOM', () => {
    expect(parseRecordsJson('\uFEFF[]')).toEqual({ ok: true, records: [] });
  });

  it('drops keys the contract does not name', () => {
    const withExtra = { ...seedRecord(), parser_version: 3 };
    const r = parseRecordsJson(JSON.stringify([withExtra]));
    expect(r).toEqual({ ok: true, records: [seedRecord()] });
  });

  const broken = (edit: (r: Record<string, unknown> & LetterRecord) => void): string => {
    const r = seedRecord() as Record<string, unknown> & LetterRecord;
    edit(r);
    return JSON.stringify([seedRecord(), r]);
  };

  it.each<[string, string, string]>([
    ['not JSON', '{oops', 'not JSON: the file could not be read as JSON'],
    ['an object, not an array', '{"file": "a"}', 'expected a JSON array of letter records'],
    ['a record that is a string', '["x"]', 'record 1 must be an object'],
    ['missing file', broken((r) => delete (r as Partial<LetterRecord>).file), 'record 2: file must be a string'],
    ['bad letter_id', broken((r) => (r.letter_id = 'XYZ')), 'record 2: letter_id must be 16 lower-case hex digits'],
    [
      'unknown layout',
      broken((r) => Object.assign(r, { layout: 'memo' })),
      'record 2: layout must be one of final-determination, notice-2013, professional-review',
    ],
    [
      'bad case number',
      broken((r) => (r.case_number = '12345')),
      'record 2: case_number must be a case number like CM15-0123456 or null',
    ],
    ['bad date', broken((r) => (r.decision_date = '11/02/2015')), 'record 2: decision_date must be an ISO date or null'],
    [
      'specialties not strings',
      broken((r) => Object.assign(r.reviewer, { specialties: [1] })),
      'record 2: reviewer.specialties[0] must be a string',
    ],
    ['fractional age', broken((r) => (r.patient.age = 40.5)), 'record 2: patient.age must be an integer or null'],
    [
      'bad outcome',
      broken((r) => Object.assign(r.decisions[0] ?? {}, { outcome: 'Denied' })),
      'record 2: decisions[0].outcome must be one of Upheld, Overturned',
    ],
    [
      'missing rationale',
      broken((r) => Object.assign(r.decisions[0] ?? {}, { rationale: undefined })),
      'record 2: decisions[0].rationale must be a string',
    ],
    [
      'bad guideline source',
      broken((r) => Object.assign(r.decisions[0]?.guideline ?? {}, { source: 'WHO' })),
      'record 2: decisions[0].guideline.source must be one of MTUS, ACOEM, ODG, Other or null',
    ],
  ])('refuses %s, naming where', (_label, text, error) => {
    expect(parseRecordsJson(text)).toEqual({ ok: false, error });
  });
});
