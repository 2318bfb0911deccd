import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COLUMNS, defaultColumnVisibility } from './columns';
import { EMPTY_FILTERS, FACET_KEYS, type FilterState } from './filter-state';
import { DEFAULT_VIEW, NO_COHORTS, readDecisionsQuery, VIEWS, writeDecisionsQuery, type DecisionsQuery } from './view-query';

const date = fc.date({ min: new Date('2000-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const value = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 });
const queryArb: fc.Arbitrary<DecisionsQuery> = fc.record({
  view: fc.constantFrom(...VIEWS),
  filters: fc.record({
    facets: fc.dictionary(fc.constantFrom(...FACET_KEYS), fc.uniqueArray(value, { minLength: 1, maxLength: 4 })),
    age: fc.record({ min: fc.option(fc.integer({ min: 0, max: 120 }), { nil: null }), max: fc.option(fc.integer({ min: 0, max: 120 }), { nil: null }) }),
    decisionDate: fc.record({ from: fc.option(date, { nil: null }), to: fc.option(date, { nil: null }) }),
    injuryDate: fc.record({ from: fc.option(date, { nil: null }), to: fc.option(date, { nil: null }) }),
    search: fc.string({ maxLength: 40 }),
    searchScope: fc.constantFrom('decisions' as const, 'letters' as const),
  }) as fc.Arbitrary<FilterState>,
  sorting: fc.uniqueArray(fc.record({ id: fc.constantFrom(...COLUMNS.map((c) => c.id)), desc: fc.boolean() }), { selector: (s) => s.id, maxLength: 3 }),
  columns: fc.record(Object.fromEntries(COLUMNS.map((c) => [c.id, fc.boolean()]))) as fc.Arbitrary<Record<string, boolean>>,
  cohorts: fc.record({
    a: fc.dictionary(fc.constantFrom(...FACET_KEYS), fc.uniqueArray(value, { minLength: 1, maxLength: 3 })),
    b: fc.dictionary(fc.constantFrom(...FACET_KEYS), fc.uniqueArray(value, { minLength: 1, maxLength: 3 })),
  }),
});

describe('a view in the URL', () => {
  it('reads back exactly what was written: filters, search and scope, sort, columns', () => {
    fc.assert(
      fc.property(queryArb, (query) => {
        expect(readDecisionsQuery(`?${writeDecisionsQuery(query)}`)).toEqual(query);
      }),
      { numRuns: 300 },
    );
  });

  it('is empty for the view a fresh page shows', () => {
    const fresh = { view: DEFAULT_VIEW, filters: EMPTY_FILTERS, sorting: [], columns: defaultColumnVisibility(), cohorts: NO_COHORTS };
    expect(writeDecisionsQuery(fresh)).toBe('');
    expect(readDecisionsQuery('')).toEqual(fresh);
  });

  it('reads as people write it, and drops what makes no sense while keeping the rest', () => {
    const read = readDecisionsQuery(
      '?f.outcome=Overturned&f.specialty=Pain+Medicine&f.nonsense=x&f.outcome=Overturned&age=40..&decided=2016-01-01..not-a-date' +
        '&sort=decision_date:desc,no_such_column,item&hide=medication,gone&q=weaning&in=letters&view=sideways',
    );
    expect(read.filters).toEqual({
      ...EMPTY_FILTERS,
      facets: { outcome: ['Overturned'], specialty: ['Pain Medicine'] },
      age: { min: 40, max: null },
      decisionDate: { from: '2016-01-01', to: null },
      search: 'weaning',
      searchScope: 'letters',
    });
    expect(read.sorting).toEqual([
      { id: 'decision_date', desc: true },
      { id: 'item', desc: false },
    ]);
    expect(read.columns).toEqual({ ...defaultColumnVisibility(), medication: false });
  });

  it('names only the choices: no letter text, no patient field', () => {
    const query = writeDecisionsQuery({
      view: 'overview',
      filters: { ...EMPTY_FILTERS, facets: { medication: ['oxycodone'] }, search: 'weaning' },
      sorting: [{ id: 'patient_age', desc: false }],
      columns: defaultColumnVisibility(),
      cohorts: { a: { specialty: ['Pain Medicine'] }, b: { specialty: ['Occupational Medicine'] } },
    });
    expect(query).toBe('view=overview&f.medication=oxycodone&a.specialty=Pain+Medicine&b.specialty=Occupational+Medicine&q=weaning&sort=patient_age');
  });
});
