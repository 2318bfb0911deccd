import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Decision, LetterRecord } from '../domain/letter';
import {
  citation,
  decision as baseDecision,
  letter as baseLetter,
  type DecisionOverrides,
  type LetterOverrides,
} from '../../test/builders/records';
import { CSV_COLUMNS, csvCell, csvFileName, decisionsCsvHeader, decisionsCsvRows, decisionsToCsv } from './csv';
import { toRows } from './rows';

const decision = (over: DecisionOverrides = {}): Decision =>
  baseDecision({
    item: 'Norco 10/325mg #90',
    category: 'pharmaceutical',
    subcategory: 'Opioids',
    medication: 'hydrocodone/acetaminophen',
    brand: 'Norco',
    strength: '10/325 mg',
    quantity: 90,
    drug_class: 'opioid',
    guideline: {
      source: 'MTUS',
      sections: ['Opioids, criteria for use', 'Opioids, long-term'],
      pages: '75-79',
      citations: [
        citation({ document: 'Chronic Pain Medical Treatment 2009', sections: ['Opioids, criteria for use', 'Opioids, long-term'], pages: '75-79' }),
      ],
    },
    claims_admin_guideline: { source: 'ODG' },
    rationale: 'Not supported.',
    med_mg_per_day: 270,
    ...over,
  });

const letter = (decisions: Decision[], over: LetterOverrides = {}): LetterRecord => ({
  ...baseLetter('0123456789abcdef', {
    file: 'a.pdf',
    case_number: 'CM15-0123456',
    decision_date: '2015-11-02',
    reviewer: { specialties: ['Anesthesiology', 'Pain Medicine'], subspecialties: [], license_states: ['TX', 'FL'] },
    patient: { age: 59, sex: 'M' },
    date_of_injury: '2003-03-24',
    ...over,
  }),
  decisions,
});

/** Parses our CSV back (papaparse, RFC 4180) into header -> cell maps. */
function readBack(csv: string): Record<string, string>[] {
  expect(csv.startsWith('\uFEFF')).toBe(true);
  const parsed = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

describe('decisionsToCsv', () => {
  it('writes the header exactly as the spec names it, BOM first, CRLF line ends', () => {
    const csv = decisionsToCsv([]);
    expect(csv).toBe(
      '\uFEFFfile,case_number,layout,decision_date,item_index,item,outcome,category,' +
        'medication,brand,strength,release,quantity,days_supply,drug_class,' +
        'reviewer_specialties,reviewer_subspecialties,reviewer_license_states,' +
        'patient_age,patient_sex,date_of_injury,guideline_source,guideline_sections,' +
        'guideline_pages,claims_admin_guideline_source,med_mg_per_day,rationale,' +
        'subcategory,retrospective,original_request,authorized,priority,date_assigned,application_received,' +
        'ur_denial_date,guideline_citations,claims_admin_guideline_citations,reasons\r\n',
    );
    expect(CSV_COLUMNS).toHaveLength(38);
  });

  it('writes one row per decision with letter fields repeated, lists joined by "; ", nulls empty', () => {
    const rows = toRows([
      letter([decision(), decision({ item: 'Physical therapy x 12', outcome: 'Overturned', category: 'physical_medicine', medication: null, brand: null, strength: null, quantity: null, drug_class: null, med_mg_per_day: null, guideline: { source: null, sections: [], pages: null }, claims_admin_guideline: { source: null } })]),
    ]);
    const csv = decisionsToCsv(rows);
    expect(csv.split('\r\n')).toHaveLength(4); // header, 2 rows, final empty after the last CRLF
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/\n/);
    const [first, second] = readBack(csv);
    expect(first).toMatchObject({
      file: 'a.pdf',
      item_index: '1',
      item: 'Norco 10/325mg #90',
      strength: '10/325 mg',
      quantity: '90',
      reviewer_specialties: 'Anesthesiology; Pain Medicine',
      reviewer_subspecialties: '',
      reviewer_license_states: 'TX; FL',
      guideline_sections: 'Opioids, criteria for use; Opioids, long-term',
      med_mg_per_day: '270',
      release: '',
      days_supply: '',
    });
    expect(second).toMatchObject({
      file: 'a.pdf',
      case_number: 'CM15-0123456',
      item_index: '2',
      outcome: 'Overturned',
      medication: '',
      guideline_source: '',
      guideline_sections: '',
      claims_admin_guideline_source: '',
      med_mg_per_day: '',
    });
  });

  it('writes the record version 2 columns: letter header fields, modified requests and each citation', () => {
    const modified = decision({
      item: 'Baclofen 100mg #3',
      subcategory: 'Muscle Relaxant',
      retrospective: true,
      original_request: 'Baclofen 100mg #30',
      authorized: 'Baclofen 100mg #27',
      guideline: {
        citations: [
          citation({ document: 'Low Back Complaints 2004', sections: ['Summary'] }),
          citation({ document: 'Chronic Pain Medical Treatment 2016', sections: ['Facet blocks', 'Opioids, dosing'] }),
          citation({
            source: 'ACOEM',
            document: 'Occupational Medicine Practice Guidelines, 3rd ed., Low Back Disorders',
            pages: '607',
            mtus: false,
          }),
        ],
      },
      claims_admin_guideline: { source: null, citations: [] },
    });
    const rows = toRows([
      letter([modified, decision()], {
        priority: 'Expedited',
        date_assigned: '2016-11-23',
        application_received: '2016-11-15',
        ur_denial_date: '2016-10-20',
      }),
    ]);
    const [first, second] = readBack(decisionsToCsv(rows));
    expect(first).toMatchObject({
      subcategory: 'Muscle Relaxant',
      retrospective: 'true',
      original_request: 'Baclofen 100mg #30',
      authorized: 'Baclofen 100mg #27',
      priority: 'Expedited',
      date_assigned: '2016-11-23',
      application_received: '2016-11-15',
      ur_denial_date: '2016-10-20',
      guideline_citations:
        'MTUS: Low Back Complaints 2004 § Summary; MTUS: Chronic Pain Medical Treatment 2016 § Facet blocks, Opioids, dosing; ' +
        'ACOEM: Occupational Medicine Practice Guidelines, 3rd ed., Low Back Disorders p. 607',
      claims_admin_guideline_citations: '',
    });
    expect(second).toMatchObject({
      subcategory: 'Opioids',
      retrospective: 'false',
      original_request: '',
      authorized: '',
      priority: 'Expedited',
      guideline_citations: 'MTUS: Chronic Pain Medical Treatment 2009 § Opioids, criteria for use, Opioids, long-term p. 75-79',
    });
  });

  it.each([
    ['a comma', 'Norco, 10/325mg', '"Norco, 10/325mg"'],
    ['a double quote', 'the "ER" form', '"the ""ER"" form"'],
    ['a line feed', 'line one\nline two', '"line one\nline two"'],
    ['a carriage return inside', 'a\rb', '"a\rb"'],
    ['nothing special', 'Gabapentin 600mg #90', 'Gabapentin 600mg #90'],
  ])('quotes an item containing %s (RFC 4180)', (_label, item, written) => {
    const csv = decisionsToCsv(toRows([letter([decision({ item })])]));
    const dataLine = csv.slice(csv.indexOf('\r\n') + 2);
    expect(dataLine).toContain(`,${written},Upheld,`);
    expect(readBack(csv)[0]?.item).toBe(item);
  });

  it.each([
    ['=HYPERLINK("http://x")', `'=HYPERLINK("http://x")`],
    ['+1 visit', `'+1 visit`],
    ['-2 refills', `'-2 refills`],
    ['@SUM(A1)', `'@SUM(A1)`],
    ['\tindented', `'\tindented`],
    ['\rreturn', `'\rreturn`],
    ['a=b is fine inside', 'a=b is fine inside'],
  ])('guards a cell starting like a formula: %j', (item, guarded) => {
    const rows = toRows([letter([decision({ item, rationale: item })], { file: item })]);
    const [row] = readBack(decisionsToCsv(rows));
    expect(row?.item).toBe(guarded);
    expect(row?.rationale).toBe(guarded);
    expect(row?.file).toBe(guarded);
  });
});

describe('csvCell', () => {
  it.each([
    [null, ''],
    [0, '0'],
    [7.5, '7.5'],
    ['', ''],
    ['=1+1', "'=1+1"],
  ])('%j -> %j', (value, cell) => expect(csvCell(value)).toBe(cell));
});

describe('csvFileName', () => {
  it.each([
    [new Date(2026, 10, 22, 9, 30), 'imr-decisions-2026-11-22.csv'],
    [new Date(2027, 0, 5, 23, 59), 'imr-decisions-2027-01-05.csv'],
  ])('%s -> %s', (date, name) => expect(csvFileName(date)).toBe(name));
});

describe('decisions CSV in pieces (the command line streams it)', () => {
  it('header, then row pieces, make the same file as decisionsToCsv', () => {
    const rows = toRows([
      letter([decision(), decision({ item: '=HYPERLINK("x")', rationale: 'a, "quoted"\nline' })], { file: 'a.pdf' }),
      letter([decision({ item: 'Physical therapy x6' })], { file: 'b.pdf' }),
    ]);
    const pieces = decisionsCsvHeader() + decisionsCsvRows(rows.slice(0, 1)) + decisionsCsvRows([]) + decisionsCsvRows(rows.slice(1));
    expect(pieces).toBe(decisionsToCsv(rows));
    expect(decisionsCsvHeader()).toBe(decisionsToCsv([]));
  });
});
