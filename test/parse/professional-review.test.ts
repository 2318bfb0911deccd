import { describe, expect, it } from 'vitest';
import { parseFixture } from './fixture';

describe('professional-review layout', () => {
  describe('professional-review-issue-next-line.txt: item on the line after the label, overturned', () => {
    const record = parseFixture('professional-review-issue-next-line.txt');

    it('reads the header fields, reviewer and patient', () => {
      expect(record.layout).toBe('professional-review');
      expect(record.case_number).toBe('CM16-0098765');
      expect(record.decision_date).toBe('2016-03-18');
      expect(record.date_of_injury).toBe('2011-08-09');
      expect(record.reviewer).toEqual({
        specialties: ['Physical Medicine & Rehabilitation'],
        subspecialties: ['Pain Medicine'],
        license_states: ['CA', 'AZ'],
      });
      expect(record.patient).toEqual({ age: 44, sex: 'M' });
    });

    it('ignores "NOT MEDICALLY NECESSARY" in the rationale heading', () => {
      expect(record.decisions).toHaveLength(1);
      expect(record.decisions[0]).toMatchObject({
        item: 'Norco 10/325mg #120',
        outcome: 'Overturned',
        guideline: { source: 'MTUS', sections: ['Opioids, criteria for use'], pages: '76-80' },
        claims_admin_guideline: { source: null },
        med_mg_per_day: 40,
      });
      expect(record.decisions[0]?.rationale).toMatch(/^The records document a 50% reduction in pain/);
    });
  });

  describe('professional-review-upheld-list-credentials.txt: item on the label line, list credentials, page break', () => {
    const record = parseFixture('professional-review-upheld-list-credentials.txt');

    it('reads the reviewer list shape and the patient', () => {
      expect(record.reviewer).toEqual({ specialties: ['Orthopaedic Surgery'], subspecialties: [], license_states: ['CA'] });
      expect(record.patient).toEqual({ age: 38, sex: 'F' });
      expect(record.date_of_injury).toBe('2014-07-14');
      expect(record.decision_date).toBeNull();
    });

    it('reads the one decision', () => {
      expect(record.decisions).toHaveLength(1);
      expect(record.decisions[0]).toMatchObject({
        item: 'MRI of the lumbar spine without contrast',
        outcome: 'Upheld',
        guideline: { source: 'ACOEM', sections: ['Chapter 12', 'Low Back Complaints'], pages: '303' },
        claims_admin_guideline: { source: null },
        med_mg_per_day: null,
      });
      expect(record.decisions[0]?.rationale).not.toMatch(/Case Number|Page 2/);
    });
  });
});
