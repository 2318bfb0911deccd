// The decisions view as the app computes it (a DecisionSet's filter, sort and
// rows), in one call for tests; and random filters over the view-rows fixture.
import fc from 'fast-check';
import { DecisionSet } from '../../src/derive/decision-set';
import type { FacetKey, FilterState } from '../../src/derive/filter-state';
import { EMPTY_FILTERS, NONE } from '../../src/derive/filter-state';
import type { DecisionRow } from '../../src/derive/rows';
import type { SortSpec } from '../../src/derive/sort-rows';

/** The rows in view under `filters`, in `sorting` order, as the table shows them. */
export function viewRows(rows: readonly DecisionRow[], filters: FilterState = EMPTY_FILTERS, sorting: readonly SortSpec[] = []): DecisionRow[] {
  const set = new DecisionSet(rows);
  return set.rowsOf(set.filter(filters), set.sortOrder(sorting)).slice();
}

export const withFilters = (overrides: Partial<FilterState>): FilterState => ({ ...EMPTY_FILTERS, ...overrides });

// Values that occur in the view-rows fixture, plus one that does not.
const POOL: Partial<Record<FacetKey, string[]>> = {
  outcome: ['Upheld', 'Overturned'],
  medication: ['oxycodone', 'hydromorphone', 'naproxen', NONE, 'fentanyl'],
  specialty: ['Pain Medicine', 'Family Medicine', NONE],
  state: ['CA', 'TX', 'NY'],
  sex: ['F', 'M', NONE],
  decision_month: ['2015-11', '2016-01', NONE],
};

/** One facet ticked (any of its values) and perhaps a search, nothing else: the usual click. */
export const oneFacetFilters: fc.Arbitrary<FilterState> = fc
  .record({
    facet: fc.constantFrom(...(Object.keys(POOL) as FacetKey[])),
    pick: fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }),
    search: fc.constantFrom('', 'weaning', 'therapy', 'mg'),
  })
  .map(({ facet, pick, search }) => {
    const values = (POOL[facet] ?? []).filter((_, i) => pick[i] === true);
    return withFilters({ facets: { [facet]: values.length > 0 ? values : (POOL[facet] ?? []).slice(0, 1) }, search });
  });

/** Any mix of facets, ranges and search over the view-rows fixture. */
export const randomFilters: fc.Arbitrary<FilterState> = fc.record({
  facets: fc.record(Object.fromEntries(Object.entries(POOL).map(([k, values]) => [k, fc.subarray(values ?? [])])), {
    requiredKeys: [],
  }),
  age: fc.record({
    min: fc.option(fc.integer({ min: 40, max: 70 }), { nil: null }),
    max: fc.option(fc.integer({ min: 40, max: 70 }), { nil: null }),
  }),
  decisionDate: fc.record({
    from: fc.option(fc.constantFrom('2015-01-01', '2015-11-15', '2016-01-01'), { nil: null }),
    to: fc.option(fc.constantFrom('2015-11-30', '2016-12-31'), { nil: null }),
  }),
  injuryDate: fc.record({ from: fc.option(fc.constantFrom('2001-01-01', '2004-08-01', '2010-01-01'), { nil: null }), to: fc.constant(null) }),
  search: fc.constantFrom('', 'weaning', 'therapy', 'mg', 'not supported'),
  searchScope: fc.constant('decisions' as const),
});
