// Hand-made letters for the view's filter, facet and sort tests: every field
// has a plain default and each test overrides only what it is about.
import type { LetterRecord } from '../../src/domain/letter';
import { letter } from './records';
import type { DecisionRow } from '../../src/derive/rows';
import { toRows } from '../../src/derive/rows';

export { decision, letter } from './records';

/**
 * Six letters, nine decisions:
 * a1 oxycodone Upheld + PT Overturned | a2 hydromorphone x2 Upheld | a3 Norco Overturned
 * a4 MRI Upheld (no guideline) | a5 naproxen Upheld + ibuprofen Overturned | a6 no age, no states
 */
export const LETTERS: LetterRecord[] = [
  letter('a1', {
    decision_date: '2015-11-02',
    date_of_injury: '2004-08',
    patient: { age: 60, sex: 'F' },
    reviewer: { specialties: ['Anesthesiology', 'Pain Medicine'], license_states: ['TX', 'FL'] },
    decisions: [
      {
        item: 'Oxycodone IR 30mg #120',
        medication: 'oxycodone',
        category: 'pharmaceutical',
        drug_class: 'opioid',
        strength: '30 mg',
        quantity: 120,
        rationale: 'Weaning is recommended; no functional improvement.',
      },
      { item: 'Physical therapy 12 sessions', outcome: 'Overturned', rationale: 'Therapy is appropriate.' },
    ],
  }),
  letter('a2', {
    decision_date: '2015-12-20',
    date_of_injury: '2001-12-15',
    patient: { age: 52, sex: 'F' },
    decisions: [
      { item: 'Dilaudid 8mg quantity 120', medication: 'hydromorphone', category: 'pharmaceutical', drug_class: 'opioid', strength: '8 mg', quantity: 120 },
      { item: 'Exalgo 12mg quantity 60', medication: 'hydromorphone', category: 'pharmaceutical', drug_class: 'opioid', strength: '12 mg', quantity: 60 },
    ],
  }),
  letter('a3', {
    decision_date: '2014-03-05',
    date_of_injury: '2007-07-09',
    patient: { age: 47, sex: null },
    reviewer: { specialties: ['Pain Medicine'], license_states: ['CA'] },
    decisions: [
      {
        item: 'Norco 10/325mg #360',
        outcome: 'Overturned',
        medication: 'hydrocodone/acetaminophen',
        category: 'pharmaceutical',
        drug_class: 'opioid',
        strength: '10/325 mg',
        quantity: 360,
        rationale: 'Continued use is supported: pain relief and WEANING plan documented.',
      },
    ],
  }),
  letter('a4', {
    decision_date: '2016-01-10',
    date_of_injury: '2012-05-01',
    patient: { age: 68, sex: 'M' },
    decisions: [{ item: 'MRI lumbar spine', category: 'diagnostic', guideline: { source: null, sections: [], pages: null } }],
  }),
  letter('a5', {
    decision_date: '2015-11-30',
    date_of_injury: '2010-01-20',
    patient: { age: 55, sex: 'M' },
    reviewer: { specialties: ['Orthopaedic Surgery'], license_states: ['NY', 'CA'] },
    decisions: [
      { item: 'Naproxen 550mg #60', medication: 'naproxen', category: 'pharmaceutical', drug_class: 'nsaid', strength: '550 mg', quantity: 60, guideline: { source: 'ODG', sections: ['NSAIDs'], pages: null } },
      { item: 'Ibuprofen 800mg #90', outcome: 'Overturned', medication: 'ibuprofen', category: 'pharmaceutical', drug_class: 'nsaid', strength: '800 mg', quantity: 90, guideline: { source: 'ODG', sections: ['NSAIDs'], pages: null } },
    ],
  }),
  letter('a6', {
    reviewer: { specialties: [], license_states: [] },
    decisions: [{ item: 'Home health aide 4 hours a day', category: 'home_health' }],
  }),
];

export const ROWS: DecisionRow[] = toRows(LETTERS);

export const ids = (rows: readonly DecisionRow[]): string[] => rows.map((r) => r.id);

/** Many idle slices' worth of rows (a column build's slice is 4,096 rows), so a build in slices really is resumed. */
export const manyRows = (): DecisionRow[] => Array.from({ length: 3_000 }, () => ROWS).flat();

/** A hasTime() for an idle build that allows `n` slices per idle period. */
export function slices(n: number): () => boolean {
  let left = n;
  return () => left-- > 0;
}
