import { describe, expect, it } from 'vitest';
import { COLUMNS, columnSpec, defaultColumnVisibility, guidelineText, strengthSortKey } from './columns';
import { ROWS } from '../../test/builders/view-rows';

const [oxy, pt] = ROWS;

describe('column text', () => {
  it.each([
    ['item', 'Oxycodone IR 30mg #120'],
    ['outcome', 'Upheld'],
    ['category', 'Pharmaceuticals'],
    ['subcategory', null],
    ['medication', 'oxycodone'],
    ['strength', '30 mg'],
    ['quantity', '120'],
    ['specialties', 'Anesthesiology; Pain Medicine'],
    ['license_states', 'TX, FL'],
    ['patient_age', '60'],
    ['patient_sex', 'F'],
    ['date_of_injury', '2004-08'],
    ['decision_date', '2015-11-02'],
    ['case_number', null],
    ['brand', null],
    ['file', 'a1.txt'],
    ['guideline', 'MTUS'],
  ])('%s of the oxycodone row is %j', (id, text) => {
    expect(oxy && columnSpec(id)?.text(oxy)).toBe(text);
  });

  it('spells categories with spaces', () => {
    expect(pt && columnSpec('category')?.text(pt)).toBe('Rehabilitation');
  });
});

describe('guidelineText', () => {
  it.each([
    [{ source: 'MTUS', sections: ['Opioids', 'Weaning of Medications'], pages: '74-95' }, 'MTUS: Opioids; Weaning of Medications'],
    [{ source: null, sections: [], pages: null }, null],
    [{ source: null, sections: ['Opioids'], pages: null }, 'Guideline: Opioids'],
    [{ source: 'ODG', sections: [], pages: null }, 'ODG'],
  ] as const)('%j reads %j', (guideline, text) => {
    const row = oxy && { ...oxy, decision: { ...oxy.decision, guideline: { ...guideline, sections: [...guideline.sections], citations: [] } } };
    expect(row && guidelineText(row)).toBe(text);
  });
});

describe('strengthSortKey', () => {
  it.each([
    ['10/325 mg', 10],
    ['0.5 mg', 0.5],
    ['7.5 mg', 7.5],
    [null, null],
    ['mg', null],
  ])('%j sorts as %j', (strength, key) => {
    expect(strengthSortKey(strength)).toBe(key);
  });
});

describe('columns', () => {
  it('have unique ids and hide the file, brand, reasons and the modified-request, timing and priority columns at first', () => {
    expect(new Set(COLUMNS.map((c) => c.id)).size).toBe(COLUMNS.length);
    const hidden = Object.entries(defaultColumnVisibility()).filter(([, visible]) => !visible);
    expect(hidden.map(([id]) => id)).toEqual(['file', 'brand', 'reasons', 'original_request', 'retrospective', 'priority']);
  });
});
