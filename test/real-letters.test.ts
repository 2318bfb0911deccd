// The real published letters (test/fixtures/real) are the truth of this
// product: each one, read from its PDF as a user drops it, must agree with its
// expected record on every field that record gives, and so must the same
// letter's text as Poppler's pdftotext gives it (labels before values, and
// -layout). The fields the expected records leave out (rationale, guideline
// sections, pages and citations) are checked by reading, below.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Decision, LetterRecord } from '../src/domain/letter';
import { parseLetter } from '../src/parse';
import { processFile } from '../src/worker/pipeline';
import { givenFields } from './expected-fields';

const REAL = join(import.meta.dirname, 'fixtures', 'real');
const names = readdirSync(REAL)
  .filter((f) => f.endsWith('.expected.json'))
  .map((f) => f.replace('.expected.json', ''))
  .sort();

function expectedOf(name: string): LetterRecord {
  return JSON.parse(readFileSync(join(REAL, `${name}.expected.json`), 'utf8')) as LetterRecord;
}

const records = new Map<string, Promise<LetterRecord>>();
function fromPdf(name: string): Promise<LetterRecord> {
  let record = records.get(name);
  if (record === undefined) {
    record = processFile(new Uint8Array(readFileSync(join(REAL, `${name}.pdf`))), `${name}.pdf`).then((outcomes) => {
      const [outcome] = outcomes;
      if (outcome === undefined || !outcome.ok) throw new Error(`${name}.pdf was not read: ${JSON.stringify(outcome)}`);
      return outcome.record;
    });
    records.set(name, record);
  }
  return record;
}

function fromText(folder: string, name: string): LetterRecord {
  const text = readFileSync(join(REAL, folder, `${name}.txt`), 'utf8');
  const parsed = parseLetter(text, { file: `${name}.pdf`, letterId: expectedOf(name).letter_id });
  if (!parsed.ok) throw new Error(`${folder}/${name}.txt was not read: ${parsed.error.message}`);
  return parsed.record;
}

describe('real published letters', () => {
  it('are all here', () => {
    expect(names).toHaveLength(64);
  });

  describe.each(names)('%s', (name) => {
    const expected = expectedOf(name);
    it('from its PDF agrees with its expected record on every field it gives', async () => {
      const record = await fromPdf(name);
      expect(givenFields(record, expected)).toEqual(expected);
    });
    it.each(['pdftotext', 'pdftotext-layout'])('from %s text agrees too', (folder) => {
      expect(givenFields(fromText(folder, name), expected)).toEqual(expected);
    });
    it('keeps each rationale whole and its own: no label, no next item, white space collapsed', async () => {
      const record = await fromPdf(name);
      for (const d of record.decisions) {
        expect(d.rationale.length).toBeGreaterThan(40);
        expect(d.rationale).not.toMatch(/\s{2}|^\s|\s$/);
        expect(d.rationale).not.toMatch(/Claims Administrator guideline:|MAXIMUS guideline:|Decision rationale:/);
        expect(d.rationale).not.toMatch(/was the original request\.?$/);
      }
    });
  });
});

describe('real letters, the fields their expected records leave out (read by hand)', () => {
  const decision = async (name: string, index: number): Promise<Decision> => {
    const d = (await fromPdf(name)).decisions[index];
    if (d === undefined) throw new Error(`${name} has no decision ${index}`);
    return d;
  };

  it('real_005: a claims paragraph citing three MTUS documents and the ODG, each a citation', async () => {
    const d = await decision('real_005', 0);
    expect(d.claims_admin_guideline.source).toBe('ODG');
    expect(d.claims_admin_guideline.citations.map((c) => [c.source, c.document, c.sections, c.mtus])).toEqual([
      ['MTUS', 'Forearm, Wrist, and Hand Complaints 2004', ['Work-Relatedness'], true],
      ['MTUS', 'Postsurgical Treatment 2009', ['Forearm, Wrist, & Hand'], true],
      ['MTUS', 'Chronic Pain Medical Treatment 2016', ['Physical medicine treatment'], true],
      [
        'ODG',
        'Forearm, Wrist, and Hand Chapter (Online Version)',
        ['Physical/Occupational Therapy', 'Official Disability Guidelines', 'Physical/Occupational Therapy Guidelines: Trigger Finger'],
        false,
      ],
    ]);
    expect(d.guideline).toEqual({
      source: 'MTUS',
      sections: ['Physical medicine treatment'],
      pages: null,
      citations: [
        { source: 'MTUS', document: 'Chronic Pain Medical Treatment 2016', sections: ['Physical medicine treatment'], pages: null, mtus: true },
      ],
    });
  });

  it('real_088: five MTUS documents, their sections gathered in order', async () => {
    const d = await decision('real_088', 1);
    expect(d.guideline.citations.map((c) => c.document)).toEqual([
      'Neck and Upper Back Complaints 2004',
      'Shoulder Complaints 2004',
      'Elbow Complaints 2007',
      'Forearm, Wrist, and Hand Complaints 2004',
      'Chronic Pain Medical Treatment 2016',
    ]);
    expect(d.guideline.sections).toEqual([
      'Special Studies',
      'Summary',
      'Surgical Considerations',
      '326',
      'Diagnostic Criteria',
      'Diabetic neuropathy',
      'Electrodiagnostic testing (EMG/NCS)',
    ]);
  });

  it('real_003: "outside of the MTUS" counts for the source but is not a citation', async () => {
    const d = await decision('real_003', 0);
    expect(d.guideline.source).toBe('MTUS');
    expect(d.guideline.citations).toEqual([
      {
        source: 'Other',
        document: 'Sildenafil: Drug information, accessed from UpToDate.com on 12/17/2016',
        sections: [],
        pages: null,
        mtus: false,
      },
    ]);
    expect(d.claims_admin_guideline).toEqual({ source: null, citations: [] });
  });

  it('real_111: "and Other Medical Treatment Guidelines" adds a citation of its own', async () => {
    const d = await decision('real_111', 0);
    expect(d.guideline.citations.map((c) => [c.source, c.document])).toEqual([
      ['MTUS', 'Low Back Complaints 2004'],
      ['ODG', 'Low Back (Thoracic and Lumbar, Acute and Chronic) Chapter'],
      ['Other', 'www.mdguidelines.com'],
    ]);
  });

  it('real_112: a guideline threshold quoted in the rationale is not the patient’s dose', async () => {
    const d = await decision('real_112', 1);
    expect(d.rationale).toContain('wean to lower than 80 mg/day MED');
    expect(d.med_mg_per_day).toBeNull();
  });

  it('real_006: a rationale that restates the modified request stays with its decision', async () => {
    const d = await decision('real_006', 0);
    expect(d.rationale).toMatch(/leaving the original request IMR eligible\. The original request, Acute inpatient rehabilitation .* is medically necessary\.$/);
    expect(d.item).toBe('Acute inpatient rehabilitation physical therapy and occupational therapy 7-10 days for left foot fracture');
  });

  it('real_015: the modified item is cut from its sentence, the case summary’s copy left alone', async () => {
    const record = await fromPdf('real_015');
    expect(record.decisions).toHaveLength(1);
    expect(record.decisions[0]?.item).toBe('Baclofen 100mg #3');
    expect(record.decisions[0]?.rationale).toMatch(/^The request is not medically necessary\. Baclofen is recommended/);
  });
});
