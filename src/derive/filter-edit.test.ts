import { describe, expect, it } from 'vitest';
import type { FilterState } from './filter-state';
import { EMPTY_FILTERS, NONE } from './filter-state';
import { facetValueLabel } from './display-words';
import { activeFilterChips, withAge, withFacetValue } from './filter-edit';

const f = (overrides: Partial<FilterState>): FilterState => ({ ...EMPTY_FILTERS, ...overrides });

describe('withFacetValue', () => {
  it('adds and removes a value without touching the input', () => {
    const on = withFacetValue(EMPTY_FILTERS, 'medication', 'oxycodone', true);
    expect(on.facets.medication).toEqual(['oxycodone']);
    expect(EMPTY_FILTERS.facets).toEqual({});
    const two = withFacetValue(on, 'medication', 'naproxen', true);
    expect(two.facets.medication).toEqual(['oxycodone', 'naproxen']);
    expect(withFacetValue(two, 'medication', 'oxycodone', false).facets.medication).toEqual(['naproxen']);
  });

  it('returns the same state when nothing changes (a chart clicked twice)', () => {
    const on = withFacetValue(EMPTY_FILTERS, 'outcome', 'Upheld', true);
    expect(withFacetValue(on, 'outcome', 'Upheld', true)).toBe(on);
    expect(withFacetValue(EMPTY_FILTERS, 'outcome', 'Upheld', false)).toBe(EMPTY_FILTERS);
  });
});

describe('facetValueLabel', () => {
  it.each([
    ['category', 'physical_medicine', 'Rehabilitation'],
    ['category', 'dme', 'DMEPOS'],
    ['modified', 'yes', 'Modified'],
    ['modified', 'no', 'Not modified'],
    ['retrospective', 'no', 'Prospective'],
    ['guideline_mtus', 'MTUS', 'Cites the MTUS'],
    ['sex', 'F', 'female'],
    ['sex', 'M', 'male'],
    ['medication', NONE, NONE],
    ['medication', 'oxycodone', 'oxycodone'],
  ] as const)('%s %s reads %s', (facet, value, label) => {
    expect(facetValueLabel(facet, value)).toBe(label);
  });
});

describe('activeFilterChips', () => {
  it.each<[string, FilterState, Array<[string, string]>]>([
    ['none', EMPTY_FILTERS, []],
    ['blank search is no filter', f({ search: '  ' }), []],
    [
      'facet values in facet order',
      f({ facets: { medication: ['oxycodone'], outcome: ['Upheld'] } }),
      [
        ['Outcome: Upheld', 'Remove filter: Outcome Upheld'],
        ['Medication: oxycodone', 'Remove filter: Medication oxycodone'],
      ],
    ],
    ['age range', f({ age: { min: 55, max: 70 } }), [['Patient age: 55–70', 'Remove filter: Patient age 55–70']]],
    ['open age range', f({ age: { min: null, max: 40 } }), [['Patient age: up to 40', 'Remove filter: Patient age up to 40']]],
    [
      'dates',
      f({ decisionDate: { from: '2015-01-01', to: null }, injuryDate: { from: '2001-01-01', to: '2002-12-31' } }),
      [
        ['Decision date: from 2015-01-01', 'Remove filter: Decision date from 2015-01-01'],
        ['Date of injury: 2001-01-01 to 2002-12-31', 'Remove filter: Date of injury 2001-01-01 to 2002-12-31'],
      ],
    ],
    ['search', f({ search: ' weaning ' }), [['Search: “weaning”', 'Remove filter: search weaning']]],
  ])('%s', (_name, filters, expected) => {
    expect(activeFilterChips(filters).map((c) => [c.label, c.removeLabel])).toEqual(expected);
  });

  it('each chip removes exactly its own filter', () => {
    const filters = f({ facets: { medication: ['oxycodone', 'naproxen'] }, age: { min: 55, max: 70 }, search: 'x' });
    const chips = activeFilterChips(filters);
    expect(chips).toHaveLength(4);
    const [oxy, , age, search] = chips;
    expect(oxy?.remove(filters).facets.medication).toEqual(['naproxen']);
    expect(age?.remove(filters)).toEqual(withAge(filters, { min: null, max: null }));
    expect(search?.remove(filters).search).toBe('');
    expect(activeFilterChips(search?.remove(filters) ?? filters)).toHaveLength(3);
  });
});
