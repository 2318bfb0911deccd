import { describe, expect, it } from 'vitest';
import { ALL_SUBCATEGORIES, type LetterRecord } from '../domain/letter';
import { citation, letter, withVersion1Fields } from '../../test/builders/records';
import { parseRecordsJson, recordsToJson } from './json-export';

// Seed 002's expected record, with the rationale and citations the seed files leave out.
function seedRecord(): LetterRecord {
  const opioids = (sections: string[]) => ({
    source: 'MTUS' as const,
    sections,
    pages: null,
    citations: [citation({ document: 'Chronic Pain Medical Treatment 2009', sections })],
  });
  return letter('bf6fb64d5575ce1c', {
    file: '002_342cc525053c6975.txt',
    reviewer: { specialties: ['Emergency Medicine'], subspecialties: [], license_states: ['CA'] },
    patient: { age: 59, sex: 'M' },
    date_of_injury: '2003-03-24',
    decisions: [
      {
        item: 'Opana ER 5mg 30 day supply Qty: 30.00',
        outcome: 'Overturned',
        category: 'pharmaceutical',
        subcategory: 'Opioids',
        medication: 'oxymorphone',
        brand: 'Opana',
        strength: '5 mg',
        release: 'ER',
        quantity: 30,
        days_supply: 30,
        drug_class: 'opioid',
        guideline: opioids(['Opioids for chronic pain', 'Opioids, long-term assessment', 'Opioids, criteria for use']),
        claims_admin_guideline: { source: 'MTUS', citations: [citation()] },
        med_mg_per_day: 270,
        rationale: 'Not medically necessary.',
      },
      {
        item: 'Oxycodone 30mg 30 day supply Qty: 120',
        outcome: 'Overturned',
        category: 'pharmaceutical',
        subcategory: 'Opioids',
        medication: 'oxycodone',
        strength: '30 mg',
        quantity: 120,
        days_supply: 30,
        drug_class: 'opioid',
        guideline: opioids(['Opioids, criteria for use', 'Opioids for chronic pain', 'Opioids, long-term assessment']),
        claims_admin_guideline: { source: 'MTUS', citations: [citation()] },
        med_mg_per_day: 270,
        rationale: 'Not medically necessary.',
      },
      {
        item: 'Carisoprodol 350mg 30 day supply Qty: 60',
        category: 'pharmaceutical',
        subcategory: 'Muscle Relaxant',
        medication: 'carisoprodol',
        strength: '350 mg',
        quantity: 60,
        days_supply: 30,
        drug_class: 'muscle relaxant',
        retrospective: true,
        original_request: 'Carisoprodol 350mg 30 day supply Qty: 90',
        authorized: 'Carisoprodol 350mg 30 day supply Qty: 30',
        guideline: opioids(['Carisoprodol (Soma)']),
        claims_admin_guideline: { source: 'ODG', citations: [citation({ source: 'ODG', document: 'Pain Chapter', mtus: false })] },
        rationale: 'Not medically necessary.',
      },
    ],
  });
}

const asVersion = (records: LetterRecord[], version: 1 | 2) => records.map((record) => ({ record, version, text: null, withReasons: version === 2 }));

/** What an export written before record version 2 held: no version 2 keys at all. */
function versionOne(record: LetterRecord): unknown {
  const { priority: _p, date_assigned: _a, application_received: _r, ur_denial_date: _u, ...letterFields } = record;
  return {
    ...letterFields,
    decisions: record.decisions.map((d) => {
      const { subcategory: _s, retrospective: _t, original_request: _o, authorized: _z, ...rest } = d;
      return {
        ...rest,
        guideline: { source: d.guideline.source, sections: d.guideline.sections, pages: d.guideline.pages },
        claims_admin_guideline: { source: d.claims_admin_guideline.source },
      };
    }),
  };
}

describe('recordsToJson / parseRecordsJson', () => {
  it('round-trips records exactly', () => {
    const records = [seedRecord(), { ...seedRecord(), file: 'b.txt', letter_id: 'ffffffffffffffff' }];
    const json = recordsToJson(records);
    expect(json.endsWith(']\n')).toBe(true);
    expect(json).toContain('\n  {\n    "file"'); // pretty, two-space indent
    expect(parseRecordsJson(json)).toEqual({ ok: true, records: asVersion(records, 2) });
  });

  it('loads an export written before record version 2, its letters marked version 1 and the new fields empty', () => {
    const record = seedRecord();
    const parsed = parseRecordsJson(JSON.stringify([versionOne(record)]));
    const [only] = parsed.ok ? parsed.records : [];
    expect(only?.version).toBe(1);
    expect(only?.record).toEqual(withVersion1Fields(record));
  });

  it('carries each letter’s text when exported with letter texts, after the record’s own keys', () => {
    const records = [seedRecord(), { ...seedRecord(), file: 'b.txt', letter_id: 'ffffffffffffffff' }];
    const text = 'Case Number: CM15-0123456\nDecision rationale: “not medically necessary”.';
    const json = recordsToJson(records, new Map([[records[0]!.letter_id, text]]));
    const raw = JSON.parse(json) as Record<string, unknown>[];
    expect(Object.keys(raw[0]!).at(-1)).toBe('letter_text');
    expect('letter_text' in raw[1]!).toBe(false);
    const parsed = parseRecordsJson(json);
    expect(parsed.ok && parsed.records.map((r) => [r.record, r.text])).toEqual([
      [records[0], text],
      [records[1], null],
    ]);
  });

  it('refuses a letter text that is not text', () => {
    const parsed = parseRecordsJson(JSON.stringify([{ ...seedRecord(), letter_text: 42 }]));
    expect(parsed).toEqual({ ok: false, kind: 'damaged-record', error: 'record 1: letter_text must be a string' });
  });

  it('accepts an empty array and a leading BOM', () => {
    expect(parseRecordsJson('\uFEFF[]')).toEqual({ ok: true, records: [] });
  });

  it('drops keys the contract does not name', () => {
    const withExtra = { ...seedRecord(), parser_version: 3 };
    const r = parseRecordsJson(JSON.stringify([withExtra]));
    expect(r).toEqual({ ok: true, records: asVersion([seedRecord()], 2) });
  });

  const broken = (edit: (r: Record<string, unknown> & LetterRecord) => void): string => {
    const r = seedRecord() as Record<string, unknown> & LetterRecord;
    edit(r);
    return JSON.stringify([seedRecord(), r]);
  };

  it.each<[string, string, string]>([
    ['not JSON', '{oops', 'not JSON: the file could not be read as JSON'],
    ['an object, not an array', '{"file": "a"}', 'expected a JSON array of letter records'],
  ])('refuses %s as not records', (_label, text, error) => {
    expect(parseRecordsJson(text)).toEqual({ ok: false, kind: 'not-records', error });
  });

  it.each<[string, string, string]>([
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
    ['bad priority', broken((r) => Object.assign(r, { priority: 'Urgent' })), 'record 2: priority must be one of Standard, Expedited or null'],
    [
      'bad subcategory',
      broken((r) => Object.assign(r.decisions[0] ?? {}, { subcategory: 'Painkillers' })),
      `record 2: decisions[0].subcategory must be one of ${ALL_SUBCATEGORIES.join(', ')} or null`,
    ],
    [
      'retrospective not a boolean',
      broken((r) => Object.assign(r.decisions[0] ?? {}, { retrospective: 'no' })),
      'record 2: decisions[0].retrospective must be true or false',
    ],
    [
      'a citation without its mtus flag',
      broken((r) => Object.assign(r.decisions[0]?.guideline.citations[0] ?? {}, { mtus: undefined })),
      'record 2: decisions[0].guideline.citations[0].mtus must be true or false',
    ],
  ])('refuses %s as a damaged record, naming where', (_label, text, error) => {
    expect(parseRecordsJson(text)).toEqual({ ok: false, kind: 'damaged-record', error });
  });
});
