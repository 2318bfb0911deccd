import { describe, expect, it } from 'vitest';
import { parseLetter } from '../../src/parse';
import { parseFixture } from './fixture';

describe('notice-2013 layout', () => {
  // A real 2013 notice met as text had words run together by its extraction
  // ("is notmedically necessary"); it was refused as having no determinations.
  describe('notice-2013-words-run-together.txt: the same notice with its words run together', () => {
    it('reads every determination as the spaced notice does', () => {
      const spaced = parseFixture('notice-2013-wrapped-item.txt');
      const glued = parseFixture('notice-2013-words-run-together.txt');
      expect(glued.layout).toBe('notice-2013');
      expect(glued.decisions.map((d) => [d.item, d.outcome])).toEqual([
        ['28 day functional restoration program', 'Upheld'],
        ['Omeprazole 20mg #60', 'Overturned'],
      ]);
      expect(glued.reviewer).toEqual(spaced.reviewer);
      expect(glued.decisions.map((d) => d.rationale)).toEqual(spaced.decisions.map((d) => d.rationale));
    });
  });

  describe('notice-2013-wrapped-item.txt: an item wrapping a line, cover says UPHOLD', () => {
    const record = parseFixture('notice-2013-wrapped-item.txt');

    it('reads the header fields', () => {
      expect(record.layout).toBe('notice-2013');
      expect(record.case_number).toBe('CM13-0001234');
      expect(record.decision_date).toBe('2013-09-26');
      // The header's Date of Injury wins over "reported an injury on 06/04/2010".
      expect(record.date_of_injury).toBe('2010-11-03');
    });

    it('reads the reviewer and the patient', () => {
      expect(record.reviewer).toEqual({
        specialties: ['Occupational Medicine'],
        subspecialties: [],
        license_states: ['CA', 'NV'],
      });
      expect(record.patient).toEqual({ age: 56, sex: 'M' });
    });

    it('takes each outcome from its own determination, not from the cover summary', () => {
      expect(record.decisions.map((d) => [d.item, d.outcome])).toEqual([
        ['28 day functional restoration program', 'Upheld'],
        ['Omeprazole 20mg #60', 'Overturned'],
      ]);
    });

    it('reads both guidelines and the rationale of each item', () => {
      const [first, second] = record.decisions;
      expect(first?.guideline).toMatchObject({
        source: 'MTUS',
        sections: ['Chronic pain programs (functional restoration programs)'],
        pages: '30-34',
      });
      expect(first?.claims_admin_guideline).toMatchObject({ source: 'MTUS' });
      expect(first?.rationale).toMatch(/^The guidelines require an adequate and thorough evaluation, including baseline/);
      expect(first?.rationale).toMatch(/is not medically necessary and appropriate\.$/);
      expect(second?.guideline).toMatchObject({ source: 'MTUS', sections: ['NSAIDs', 'GI symptoms & cardiovascular risk'], pages: '68' });
      expect(second?.claims_admin_guideline).toMatchObject({ source: 'ODG' });
      expect(second?.rationale).toMatch(/^The patient takes naproxen/);
    });

    it('keeps page headers out of the text', () => {
      for (const d of record.decisions) expect(d.rationale).not.toMatch(/Page \d|CM13-/);
    });
  });

  describe('notice-2013-alternate-headings.txt: "IMR DECISION(S) AND RATIONALE(S)", "DOCUMENTS REVIEWED", "1." numbering', () => {
    const record = parseFixture('notice-2013-alternate-headings.txt');

    it('reads the header fields', () => {
      expect(record.layout).toBe('notice-2013');
      expect(record.case_number).toBe('CM13-0045678');
      expect(record.decision_date).toBe('2013-12-03');
      expect(record.date_of_injury).toBe('1998-02-14');
    });

    it('reads a chiropractor reviewer and the patient', () => {
      expect(record.reviewer).toEqual({ specialties: ['Chiropractic'], subspecialties: [], license_states: ['NY', 'NJ'] });
      expect(record.patient).toEqual({ age: 63, sex: 'F' });
    });

    it('reads the items and outcomes', () => {
      expect(record.decisions.map((d) => [d.item, d.outcome])).toEqual([
        ['Lidoderm 5% patches #30', 'Upheld'],
        ['physical therapy 2 times a week for 6 weeks for the right shoulder', 'Overturned'],
      ]);
    });

    it("uses the claims administrator's guideline when the expert reviewer found it appropriate", () => {
      expect(record.decisions[0]?.guideline).toMatchObject({ source: 'MTUS', sections: ['Lidoderm (lidocaine patch)'], pages: '56' });
    });

    it("uses the expert reviewer's own citation when the claims administrator's was not appropriate", () => {
      expect(record.decisions[1]?.guideline).toMatchObject({ source: 'ODG', sections: ['Physical therapy'], pages: null });
      expect(record.decisions[1]?.claims_admin_guideline).toMatchObject({ source: 'ACOEM' });
    });
  });

  it('falls back to the per-item sections when the numbered determinations are missing', () => {
    const text = `Notice of Independent Medical Review Determination
Dated: 10/1/2013
IMR Case Number: CM13-0007777
Medical Qualifications of the Expert Reviewer:
The Physician Reviewer is Board Certified in Internal Medicine and is licensed to practice in Ohio.
1) Regarding the request for Tramadol ER 150mg #30:
Medical Treatment Guideline(s) Relied Upon by the Claims Administrator:
The Claims Administrator based its decision on the Chronic Pain Medical Treatment Guidelines, Tramadol, page 93.
Medical Treatment Guideline(s) Relied Upon by the Expert Reviewer:
The Expert Reviewer based his/her decision on the Chronic Pain Medical Treatment Guidelines, Opioids, criteria for use, pages 76-80.
Rationale Used by the Expert Reviewer:
There is no documented functional improvement. The request is not medically necessary.
`;
    const result = parseLetter(text, { file: 'x.txt', letterId: 'x' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.record.reviewer).toEqual({ specialties: ['Internal Medicine'], subspecialties: [], license_states: ['OH'] });
    expect(result.record.decisions).toHaveLength(1);
    expect(result.record.decisions[0]).toMatchObject({
      item: 'Tramadol ER 150mg #30',
      outcome: 'Upheld',
      guideline: { source: 'MTUS', sections: ['Opioids, criteria for use'], pages: '76-80' },
      claims_admin_guideline: { source: 'MTUS' },
    });
  });
});
