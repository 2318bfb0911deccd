import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FacetKey, FilterState } from './filter-state';
import { EMPTY_FILTERS, FACET_KEYS, NONE } from './filter-state';
import { allFacetCounts, facetCounts } from './facets';
import { ROWS } from './view-rows.fixture';

const f = (overrides: Partial<FilterState>): FilterState => ({ ...EMPTY_FILTERS, ...overrides });
const pairs = (list: ReturnType<typeof facetCounts>): Array<[string, number]> => list.map((c) => [c.value, c.count]);

describe('facetCounts', () => {
  it.each<[string, FilterState, FacetKey, Array<[string, number]>]>([
    ['outcome over every row', EMPTY_FILTERS, 'outcome', [['Upheld', 6], ['Overturned', 3]]],
    [
      'medication, most frequent first, ties by name',
      EMPTY_FILTERS,
      'medication',
      [[NONE, 3], ['hydromorphone', 2], ['hydrocodone/acetaminophen', 1], ['ibuprofen', 1], ['naproxen', 1], ['oxycodone', 1]],
    ],
    [
      'a facet ignores its own selection (other values keep their counts)',
      f({ facets: { medication: ['oxycodone'] } }),
      'medication',
      [[NONE, 3], ['hydromorphone', 2], ['hydrocodone/acetaminophen', 1], ['ibuprofen', 1], ['naproxen', 1], ['oxycodone', 1]],
    ],
    [
      'but other facets narrow it',
      f({ facets: { outcome: ['Overturned'] } }),
      'medication',
      [[NONE, 1], ['hydrocodone/acetaminophen', 1], ['ibuprofen', 1]],
    ],
    ['outcome counts under a medication filter', f({ facets: { medication: ['hydromorphone'] } }), 'outcome', [['Upheld', 2]]],
    [
      'specialty counts each of a letter specialties',
      EMPTY_FILTERS,
      'specialty',
      [['Family Medicine', 3], ['Pain Medicine', 3], ['Anesthesiology', 2], ['Orthopaedic Surgery', 2], [NONE, 1]],
    ],
    ['ranges narrow every facet', f({ age: { min: 60, max: null } }), 'sex', [['F', 2], ['M', 1]]],
    ['search narrows every facet', f({ search: 'weaning' }), 'outcome', [['Overturned', 1], ['Upheld', 1]]],
    [
      'decision months in calendar order',
      EMPTY_FILTERS,
      'decision_month',
      [[NONE, 1], ['2014-03', 1], ['2015-11', 4], ['2015-12', 2], ['2016-01', 1]],
    ],
  ])('%s', (_name, filters, facet, expected) => {
    expect(pairs(facetCounts(ROWS, filters, facet))).toEqual(expected);
  });

  it('keeps a chosen value with no matches at zero so it can be unticked', () => {
    const counts = facetCounts(ROWS, f({ facets: { medication: ['fentanyl'], outcome: ['Overturned'] } }), 'medication');
    expect(counts.find((c) => c.value === 'fentanyl')).toEqual({ value: 'fentanyl', count: 0, selected: true });
    expect(counts.filter((c) => c.selected)).toHaveLength(1);
  });
});

describe('allFacetCounts agrees with facetCounts facet by facet', () => {
  it.each<[string, FilterState]>([
    ['no filters', EMPTY_FILTERS],
    ['one facet', f({ facets: { medication: ['hydromorphone', 'oxycodone'] } })],
    ['two facets', f({ facets: { outcome: ['Overturned'], specialty: ['Pain Medicine'] } })],
    ['three facets and a range', f({ facets: { outcome: ['Upheld'], state: ['CA'], drug_class: ['opioid'] }, age: { min: 50, max: null } })],
    ['search and dates', f({ search: 'weaning', decisionDate: { from: '2015-01-01', to: null } })],
    ['a selection matching nothing', f({ facets: { medication: ['fentanyl'], sex: ['M'] } })],
  ])('%s', (_name, filters) => {
    const all = allFacetCounts(ROWS, filters);
    for (const facet of FACET_KEYS) expect(all.get(facet), facet).toEqual(facetCounts(ROWS, filters, facet));
  });

  it('computes only the facets asked for', () => {
    expect([...allFacetCounts(ROWS, EMPTY_FILTERS, ['outcome', 'sex']).keys()]).toEqual(['outcome', 'sex']);
  });
});

describe('allFacetCounts over random filters', () => {
  // Values that occur in the fixture, plus one that does not.
  const pool: Partial<Record<FacetKey, string[]>> = {
    outcome: ['Upheld', 'Overturned'],
    medication: ['oxycodone', 'hydromorphone', 'naproxen', NONE, 'fentanyl'],
    specialty: ['Pain Medicine', 'Family Medicine', NONE],
    state: ['CA', 'TX', 'NY'],
    sex: ['F', 'M', NONE],
    decision_month: ['2015-11', '2016-01', NONE],
  };
  const facetsArb = fc.record(
    Object.fromEntries(Object.entries(pool).map(([k, values]) => [k, fc.subarray(values ?? [])])),
    { requiredKeys: [] },
  );
  const filtersArb = fc.record({
    facets: facetsArb,
    age: fc.record({ min: fc.option(fc.integer({ min: 40, max: 70 }), { nil: null }), max: fc.option(fc.integer({ min: 40, max: 70 }), { nil: null }) }),
    decisionDate: fc.constant({ from: null, to: null }),
    injuryDate: fc.record({ from: fc.option(fc.constantFrom('2001-01-01', '2004-08-01', '2010-01-01'), { nil: null }), to: fc.constant(null) }),
    search: fc.constantFrom('', 'weaning', 'therapy', 'mg', 'not supported'),
  });

  it('agree with facetCounts for every facet', () => {
    fc.assert(
      fc.property(filtersArb, (filters: FilterState) => {
        const all = allFacetCounts(ROWS, filters);
        for (const facet of FACET_KEYS) expect(all.get(facet)).toEqual(facetCounts(ROWS, filters, facet));
      }),
      { numRuns: 300 },
    );
  });
});
