import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { oneFacetFilters, randomFilters, withFilters as f } from '../../test/builders/decision-view';
import { ROWS } from '../../test/builders/view-rows';
import { facetCounts } from '../../test/reference/decisions';
import { DecisionSet } from './decision-set';
import type { FacetCount } from './facets';
import type { FacetKey, FilterState } from './filter-state';
import { EMPTY_FILTERS, FACET_KEYS, NONE } from './filter-state';

const pairs = (list: readonly FacetCount[] | undefined): Array<[string, number]> => (list ?? []).map((c) => [c.value, c.count]);
const countsOf = (filters: FilterState, facets: readonly FacetKey[] = FACET_KEYS) => new DecisionSet(ROWS).facetCounts(filters, facets);

describe('facet counts', () => {
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
    expect(pairs(countsOf(filters, [facet]).get(facet))).toEqual(expected);
    // The plain reference the random tests below rely on agrees too.
    expect(pairs(facetCounts(ROWS, filters, facet))).toEqual(expected);
  });

  it('keeps a chosen value with no matches at zero so it can be unticked', () => {
    const counts = countsOf(f({ facets: { medication: ['fentanyl'], outcome: ['Overturned'] } }), ['medication']).get('medication') ?? [];
    expect(counts.find((c) => c.value === 'fentanyl')).toEqual({ value: 'fentanyl', count: 0, selected: true });
    expect(counts.filter((c) => c.selected)).toHaveLength(1);
  });
});

describe('every facet counted in one pass agrees with the plain reference facet by facet', () => {
  it.each<[string, FilterState]>([
    ['no filters', EMPTY_FILTERS],
    ['one facet', f({ facets: { medication: ['hydromorphone', 'oxycodone'] } })],
    ['two facets', f({ facets: { outcome: ['Overturned'], specialty: ['Pain Medicine'] } })],
    ['three facets and a range', f({ facets: { outcome: ['Upheld'], state: ['CA'], drug_class: ['opioid'] }, age: { min: 50, max: null } })],
    ['search and dates', f({ search: 'weaning', decisionDate: { from: '2015-01-01', to: null } })],
    ['a selection matching nothing', f({ facets: { medication: ['fentanyl'], sex: ['M'] } })],
  ])('%s', (_name, filters) => {
    const all = countsOf(filters);
    for (const facet of FACET_KEYS) expect(all.get(facet), facet).toEqual(facetCounts(ROWS, filters, facet));
  });

  it('computes only the facets asked for', () => {
    expect([...countsOf(EMPTY_FILTERS, ['outcome', 'sex']).keys()]).toEqual(['outcome', 'sex']);
  });
});

describe('facet counts over random filters', () => {
  it('agree with the plain reference for every facet', () => {
    fc.assert(
      fc.property(randomFilters, (filters: FilterState) => {
        const all = countsOf(filters);
        for (const facet of FACET_KEYS) expect(all.get(facet)).toEqual(facetCounts(ROWS, filters, facet));
      }),
      { numRuns: 300 },
    );
  });

  it('agree with the plain reference when one facet is ticked and nothing else filters (its own path)', () => {
    fc.assert(
      fc.property(oneFacetFilters, fc.boolean(), (filters: FilterState, withTicked: boolean) => {
        // The ticked facet among those counted, or not (its panel closed, the filter set from a chart).
        const ticked = Object.keys(filters.facets);
        const facets = withTicked ? FACET_KEYS : FACET_KEYS.filter((f) => !ticked.includes(f));
        const counts = countsOf(filters, facets);
        for (const facet of facets) expect(counts.get(facet)).toEqual(facetCounts(ROWS, filters, facet));
      }),
      { numRuns: 200 },
    );
  });
});
